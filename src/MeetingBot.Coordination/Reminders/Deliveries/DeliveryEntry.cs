namespace MeetingBot.Coordination.Reminders.Deliveries;

/// <summary>
/// One push of one reminder occurrence to one person, as the delivery ledger holds it. <paramref name="Attempts"/>
/// counts the times a sender claimed it (a resend or a re-fired job adds one; the connector's own retries do not).
/// </summary>
public sealed record DeliveryEntry(string ReminderKey, string UserId, DeliveryStatus Status, int Attempts, DateTimeOffset UpdatedAt, DateTimeOffset? LeaseUntil)
{
    /// <summary>The ledger's key of a push: the reminder's key, then the recipient.</summary>
    public static string KeyOf(string reminderKey, string userId) => $"{reminderKey}/{userId}";

    /// <summary>The reminder and the recipient of a ledger key; null for a key that is not a reminder's.</summary>
    public static (string ReminderKey, string UserId)? Split(string deliveryKey)
    {
        var slash = deliveryKey.LastIndexOf('/');
        return slash <= 0 || slash == deliveryKey.Length - 1 || !deliveryKey.Contains("/reminders/", StringComparison.Ordinal)
            ? null
            : (deliveryKey[..slash], deliveryKey[(slash + 1)..]);
    }

    /// <summary>What 重发失败 sends again: failed and cancelled pushes, and a claim whose holder died (its lease ran out).</summary>
    public bool MayResend(DateTimeOffset now) => Status switch
    {
        DeliveryStatus.Failed or DeliveryStatus.Cancelled => true,
        DeliveryStatus.InFlight => LeaseUntil is null || LeaseUntil <= now,
        _ => false,
    };
}
