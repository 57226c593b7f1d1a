namespace MeetingBot.Coordination.Templates;

/// <summary>
/// When the people who still owe a deliverable are reminded of it. The domain only carries the policy; the
/// reminder planner (<c>Reminders/ReminderPlan</c>) turns it into pushes; recipients are resolved when each push fires.
/// </summary>
/// <param name="DaysBefore">Whole days before the deadline, e.g. 3 and 1.</param>
/// <param name="OnDayAt">Local time on the deadline's day, e.g. 09:00; none for no on-day reminder.</param>
/// <param name="Overdue">Daily reminders while overdue; none for no overdue reminders.</param>
/// <param name="EscalateAfterOverdueDays">Tell the secretary who is late after this many overdue days.</param>
public sealed record ReminderPolicy(
    IReadOnlyList<int> DaysBefore,
    TimeOnly? OnDayAt,
    OverdueReminders? Overdue,
    int? EscalateAfterOverdueDays)
{
    public static ReminderPolicy None { get; } = new([], null, null, null);
}
