namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// A planned reminder as it stands when it fires: one message per recipient (none when nothing is owed any more, the
/// meeting is cancelled or the push came too late to matter) and, for an escalation, who is late (user ids).
/// </summary>
public sealed record ResolvedReminder(PlannedReminder Reminder, IReadOnlyList<ReminderMessage> Messages, IReadOnlyList<string> Late)
{
    public bool IsEmpty => Messages.Count == 0;

    public static ResolvedReminder Nobody(PlannedReminder reminder) => new(reminder, [], []);
}
