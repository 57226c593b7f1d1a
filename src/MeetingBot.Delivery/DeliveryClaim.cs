namespace MeetingBot.Delivery;

/// <summary>
/// The answer to a claim: when <see cref="Result"/> is <see cref="ClaimResult.Claimed"/>, the record as this holder
/// wrote it and its ETag, so the settling write is conditional on exactly that claim and needs no read.
/// </summary>
public sealed record DeliveryClaim(ClaimResult Result, DeliveryRecord? Record = null, string? ETag = null);
