using MeetingBot.BotFramework.Builder;

namespace MeetingBot.Bench.FanOut;

/// <summary>The adapter needs a turn error handler; the benchmark runs no turns, so any call is a bug.</summary>
public sealed class BenchTurnErrors : ITurnErrorHandler
{
    public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, string correlationId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The benchmark runs no turns.", exception);
}
