namespace MeetingBot.Reminders;

/// <summary>The marker of one meeting in <see cref="ActiveMeetings"/>: it has reminders still to fire.</summary>
public sealed record ActiveMeeting(int Version, string MeetingId, DateTimeOffset Since)
{
    public const int CurrentVersion = 1;

    /// <summary>
    /// The fingerprint of the reminder plan whose triggers are stored (<see cref="ReminderSchedule"/>); null when
    /// not known (a marker written before the triggers, or by an older version), which makes the next reconcile read them.
    /// </summary>
    public string? Plan { get; init; }
}
