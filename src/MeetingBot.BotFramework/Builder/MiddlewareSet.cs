namespace MeetingBot.BotFramework.Builder;

/// <summary>The middleware chain, run in registration order, ending in the bot.</summary>
public sealed class MiddlewareSet(IEnumerable<IMiddleware> middleware)
{
    private readonly IMiddleware[] _middleware = [.. middleware];

    public Task RunAsync(ITurnContext turnContext, BotCallbackHandler bot, CancellationToken cancellationToken) =>
        RunFromAsync(0, turnContext, bot, cancellationToken);

    private Task RunFromAsync(int index, ITurnContext turnContext, BotCallbackHandler bot, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? bot(turnContext, cancellationToken)
            : _middleware[index].OnTurnAsync(turnContext, ct => RunFromAsync(index + 1, turnContext, bot, ct), cancellationToken);
}
