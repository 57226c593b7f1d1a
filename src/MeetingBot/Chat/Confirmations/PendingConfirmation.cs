namespace MeetingBot.Chat.Confirmations;

/// <summary>
/// An irreversible action a person asked for and has not yet confirmed: who (one person in one conversation),
/// what (the command and its argument as the grammar read it, plus what the command resolved, e.g. which outline at
/// which version), what the person was shown, and until when a confirmation counts.
/// </summary>
public sealed record PendingConfirmation(
    int Version,
    string Id,
    string ChannelId,
    string ConversationId,
    string UserId,
    string CommandId,
    string Argument,
    string? Details,
    string Description,
    DateTimeOffset AskedAt,
    DateTimeOffset ExpiresAt)
{
    public const int CurrentVersion = 1;
}
