namespace MeetingBot.Reminders;

/// <summary>The marker of one meeting in <see cref="ActiveMeetings"/>: it has reminders still to fire.</summary>
public sealed record ActiveMeeting(int Version, string MeetingId, DateTimeOffset Since)
{
    public const int CurrentVersion = 1;
}
