namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// The stored record that an instance is handling an activity: kept under <see cref="ActivityDeduplicator.KeyFor"/>
/// until <see cref="ExpiresAt"/>, after which a redelivery may take it over and the pruner may delete it.
/// </summary>
public sealed record ActivityClaim(DateTimeOffset ClaimedAt, DateTimeOffset ExpiresAt);
