using System.Collections.Concurrent;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>
/// Counts like <see cref="CounterBot"/> and, each counting turn, defers a "notice" naming the count it saw until
/// the turn commits: the notices list is what would have reached other people.
/// </summary>
public sealed class NoticeBot(ConversationState conversation) : IBot
{
    private readonly IStatePropertyAccessor<Counter> _counter = conversation.CreateProperty<Counter>("counter");

    public ConcurrentQueue<string> Notices { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var counter = await _counter.GetOrCreateAsync(turnContext, () => new Counter(), cancellationToken);
        counter.Value++;
        var seen = counter.Value;
        var deferred = TurnUnitOfWork.Of(turnContext) ?? throw new InvalidOperationException("The turn has no state commit.");
        deferred.AfterCommit(_ =>
        {
            Notices.Enqueue($"notice {seen}");
            return Task.CompletedTask;
        });
        await turnContext.SendActivityAsync($"count={counter.Value}", cancellationToken);
    }
}
