using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Reminders.Deliveries;

/// <summary>
/// The counting rules of the secretary's 发送记录 / delivery log, per reminder occurrence, newest first. Every push
/// counts once, in the state it is in now; "retried" counts the pushes that took more than one attempt, whatever
/// became of them. A claim whose lease ran out (its sender died) counts as failed: it is sent again by 重发失败.
/// Cancelled pushes are named with the failed ones, since 重发失败 sends both.
/// </summary>
public static class DeliveryLog
{
    public static IReadOnlyList<ReminderDeliveries> Summarise(Meeting meeting, IEnumerable<DeliveryEntry> entries, DateTimeOffset now) =>
    [
        .. entries
            .GroupBy(e => e.ReminderKey, StringComparer.Ordinal)
            .Select(g => Summary(meeting, g.Key, [.. g], now))
            .OrderByDescending(s => s.LastUpdated)
            .ThenBy(s => s.ReminderKey, StringComparer.Ordinal),
    ];

    private static ReminderDeliveries Summary(Meeting meeting, string reminderKey, IReadOnlyList<DeliveryEntry> entries, DateTimeOffset now)
    {
        var dead = entries.Where(e => e.Status == DeliveryStatus.InFlight && e.MayResend(now)).ToHashSet();
        var failed = entries.Where(e => e.Status is DeliveryStatus.Failed or DeliveryStatus.Cancelled || dead.Contains(e)).ToList();
        var unreachable = entries.Where(e => e.Status == DeliveryStatus.Unreachable).ToList();
        return new ReminderDeliveries(
            reminderKey,
            Sent: entries.Count(e => e.Status == DeliveryStatus.Sent),
            Retried: entries.Count(e => e.Attempts > 1),
            Failed: entries.Count(e => e.Status == DeliveryStatus.Failed) + dead.Count,
            Unreachable: unreachable.Count,
            Cancelled: entries.Count(e => e.Status == DeliveryStatus.Cancelled),
            InFlight: entries.Count(e => e.Status == DeliveryStatus.InFlight) - dead.Count,
            FailedNames: Names(meeting, failed),
            UnreachableNames: Names(meeting, unreachable),
            LastUpdated: entries.Max(e => e.UpdatedAt));
    }

    /// <summary>In roster order, so the same people always read in the same order; someone no longer in it by id.</summary>
    private static string[] Names(Meeting meeting, IEnumerable<DeliveryEntry> entries)
    {
        var roster = meeting.Participants.Select(p => p.UserId).ToList();
        return
        [
            .. entries.Select(e => e.UserId).Distinct(StringComparer.Ordinal)
                .OrderBy(id => roster.IndexOf(id) is var i and >= 0 ? i : int.MaxValue)
                .ThenBy(id => id, StringComparer.Ordinal)
                .Select(meeting.NameOf),
        ];
    }
}
