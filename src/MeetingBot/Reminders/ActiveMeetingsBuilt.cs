namespace MeetingBot.Reminders;

/// <summary>Marks that <see cref="ActiveMeetings"/> was built once from every stored meeting (the migration).</summary>
public sealed record ActiveMeetingsBuilt(int Version, DateTimeOffset At, int Meetings, int Active)
{
    public const int CurrentVersion = 1;
}
