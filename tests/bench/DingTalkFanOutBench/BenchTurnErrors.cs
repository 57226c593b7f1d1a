using MeetingBot.BotFramework.Builder;

namespace MeetingBot.Bench.DingTalk;

/// <summary>No turns run in the bench; the protocol layer still wants an error handler.</summary>
public sealed class BenchTurnErrors : ITurnErrorHandler
{
    public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, string correlationId, CancellationToken cancellationToken) => Task.CompletedTask;
}
