namespace MeetingBot.BotFramework.Builder;

/// <summary>Runs around every turn, before the bot; call <c>next</c> to go on, or not to stop the turn.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
