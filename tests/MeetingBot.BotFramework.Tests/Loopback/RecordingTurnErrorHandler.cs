using System.Collections.Concurrent;
using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Tests.Loopback;

/// <summary>Remembers turn failures and apologises with a fixed text, so tests can see both.</summary>
public sealed class RecordingTurnErrorHandler : ITurnErrorHandler
{
    public const string Apology = "sorry";

    public ConcurrentQueue<(Exception Exception, string CorrelationId)> Failures { get; } = new();

    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, string correlationId, CancellationToken cancellationToken)
    {
        Failures.Enqueue((exception, correlationId));
        await turnContext.SendActivityAsync($"{Apology} {correlationId}", cancellationToken);
    }
}
