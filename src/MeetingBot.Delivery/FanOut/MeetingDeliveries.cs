using MeetingBot.Coordination.Reminders.Deliveries;

namespace MeetingBot.Delivery.FanOut;

/// <summary>One meeting's reminder pushes as the delivery ledger holds them, in the domain's terms for counting.</summary>
public sealed class MeetingDeliveries(DeliveryLedger ledger)
{
    public async Task<IReadOnlyList<DeliveryEntry>> ListAsync(string meetingId, CancellationToken cancellationToken)
    {
        var records = await ledger.ListAsync($"meetings/{meetingId}/reminders/", cancellationToken);
        return
        [
            .. records.Select(r => (Record: r, Parts: DeliveryEntry.Split(r.Key)))
                .Where(r => r.Parts is not null)
                .Select(r => new DeliveryEntry(r.Parts!.Value.ReminderKey, r.Parts.Value.UserId, StatusOf(r.Record.State), r.Record.Attempts, r.Record.UpdatedAt, r.Record.LeaseUntil)),
        ];
    }

    private static DeliveryStatus StatusOf(DeliveryState state) => state switch
    {
        DeliveryState.Claimed => DeliveryStatus.InFlight,
        DeliveryState.Sent => DeliveryStatus.Sent,
        DeliveryState.Unreachable => DeliveryStatus.Unreachable,
        DeliveryState.Cancelled => DeliveryStatus.Cancelled,
        _ => DeliveryStatus.Failed,
    };
}
