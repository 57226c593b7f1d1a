namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// The stored record that an instance is handling an activity, under <see cref="ActivityDeduplicator.KeyFor"/>.
/// While the turn runs it holds for <see cref="AdapterOptions.ActivityClaimLease"/> only, so a redelivery after the
/// instance died mid-turn is handled by another; once the turn ended (<see cref="Handled"/>) it holds for the whole
/// <see cref="ActivityDeduplicator.Window"/>. After <see cref="ExpiresAt"/> a redelivery may take it over and the
/// pruner may delete it.
/// </summary>
public sealed record ActivityClaim(DateTimeOffset ClaimedAt, DateTimeOffset ExpiresAt, bool Handled = false);
