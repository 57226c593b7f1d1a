namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// One push that should exist for a meeting. Who receives it is decided only when it fires
/// (<see cref="ReminderRecipients.Resolve"/>), so nobody who has delivered in the meantime is reminded.
/// </summary>
/// <param name="Key">Deterministic from meeting, kind, deliverable and occurrence: a scheduler uses it as the trigger
/// key, so planning again after a reschedule replaces a trigger instead of adding one.</param>
/// <param name="DeliverableId">None for the meeting-day notice.</param>
/// <param name="FireAt">The instant to push, quiet hours already applied.</param>
/// <param name="Occurrence">Days before (deadline, notice), 0 on the day, or the overdue day.</param>
public sealed record PlannedReminder(string Key, ReminderKind Kind, string? DeliverableId, DateTimeOffset FireAt, int Occurrence)
{
    /// <summary>For the rectification kinds: the task the push is about.</summary>
    public int? TaskNumber { get; init; }

    /// <summary>The key of a rectification push: <c>meetings/{m}/reminders/{kind}/task-{n}/{occurrence}</c>.</summary>
    public static string KeyOf(string meetingId, ReminderKind kind, int taskNumber, int occurrence) =>
        KeyOf(meetingId, kind, "task-" + taskNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), occurrence);

    public static string KeyOf(string meetingId, ReminderKind kind, string? deliverableId, int occurrence) =>
        $"meetings/{meetingId}/reminders/{Segment(kind)}/{deliverableId ?? "meeting"}/{occurrence}";

    private static string Segment(ReminderKind kind) => kind switch
    {
        ReminderKind.BeforeDeadline => "before-deadline",
        ReminderKind.OnDeadlineDay => "on-deadline-day",
        ReminderKind.Overdue => "overdue",
        ReminderKind.Escalation => "escalation",
        ReminderKind.MeetingDay => "meeting-day",
        ReminderKind.RectificationDue => "rectification-due",
        ReminderKind.RectificationOverdue => "rectification-overdue",
        ReminderKind.RectificationEscalation => "rectification-escalation",
        ReminderKind.OnDemand => "on-demand",
        ReminderKind.ReviewWaiting => "review-waiting",
        ReminderKind.PhaseDeadline => "phase-deadline",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
