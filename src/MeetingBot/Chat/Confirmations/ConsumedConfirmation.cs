namespace MeetingBot.Chat.Confirmations;

/// <summary>
/// The confirmation this turn consumed, kept in the turn state: when the turn is replayed after a lost state race,
/// the replay acts on it again (its domain writes are reused) instead of finding it gone and saying "nothing to confirm".
/// </summary>
internal sealed record ConsumedConfirmation(PendingConfirmation Pending);
