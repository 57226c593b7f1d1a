namespace MeetingBot.Chat.Confirmations;

/// <summary>
/// What a command will do, said concretely to the person before it is done, and what it resolved to do it with
/// (<paramref name="Details"/>, handed back to the command when confirmed, so it acts on exactly what was shown).
/// </summary>
public sealed record ConfirmationRequest(string Description, string? Details = null);
