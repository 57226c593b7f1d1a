namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>What a <c>整改</c> / <c>rectification</c> command asks for, by its first word.</summary>
public enum RectificationStep
{
    List,
    Propose,
    Add,
    Progress,
    Done,
    Publish,
    Correct,
    Split,
    Withdraw,
    Accept,
    SendBack,
    Immediate,
    Review,
}
