namespace MeetingBot.Coordination.Reminders.Deliveries;

/// <summary>
/// The delivery log of one reminder occurrence: how many pushes were sent, needed more than one attempt, failed,
/// could not reach their recipient, were cancelled or are in flight; and who failed or cannot be reached (names
/// only, never what was sent).
/// </summary>
public sealed record ReminderDeliveries(
    string ReminderKey,
    int Sent,
    int Retried,
    int Failed,
    int Unreachable,
    int Cancelled,
    int InFlight,
    IReadOnlyList<string> FailedNames,
    IReadOnlyList<string> UnreachableNames,
    DateTimeOffset LastUpdated)
{
    public int Total => Sent + Failed + Unreachable + Cancelled + InFlight;
}
