namespace MeetingBot.Delivery;

/// <summary>One push to one recipient, as the delivery ledger keeps it.</summary>
public sealed record DeliveryRecord(
    int Version,
    string Key,
    DeliveryState State,
    string? Holder,
    DateTimeOffset? LeaseUntil,
    int Attempts,
    string? LastError,
    DateTimeOffset UpdatedAt)
{
    public const int CurrentVersion = 1;
}
