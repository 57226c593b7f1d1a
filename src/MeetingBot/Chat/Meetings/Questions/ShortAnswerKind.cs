namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>What a short answer says, whichever question it turns out to answer.</summary>
public enum ShortAnswerKind
{
    Confirm,
    Dispute,
    Attend,
    Absent,
    Revise,
}
