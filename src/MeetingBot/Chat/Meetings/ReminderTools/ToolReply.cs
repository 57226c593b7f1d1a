namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>The reply a side-effecting reminder tool gave to one inbound activity, kept so a replayed turn repeats it.</summary>
public sealed record ToolReply(int Version, string Text, DateTimeOffset At)
{
    public const int CurrentVersion = 1;
}
