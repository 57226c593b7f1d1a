namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// What the user is told when a turn fails. The host supplies it (in the user's language); the adapter has
/// already logged the exception with the correlation id it is given.
/// </summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, string correlationId, CancellationToken cancellationToken);
}
