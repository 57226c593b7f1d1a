using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>Counts messages in conversation state and says the new count; "peek" only reads.</summary>
public sealed class CounterBot(ConversationState conversation, UserState user) : IBot
{
    private readonly IStatePropertyAccessor<Counter> _counter = conversation.CreateProperty<Counter>("counter");
    private readonly IStatePropertyAccessor<Counter> _userCounter = user.CreateProperty<Counter>("seen");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var counter = await _counter.GetOrCreateAsync(turnContext, () => new Counter(), cancellationToken);
        if (turnContext.Activity.Text == "peek")
        {
            await turnContext.SendActivityAsync($"count={counter.Value}", cancellationToken);
            return;
        }

        counter.Value++;
        var seen = await _userCounter.GetOrCreateAsync(turnContext, () => new Counter(), cancellationToken);
        seen.Value = counter.Value;
        await turnContext.SendActivityAsync($"count={counter.Value}", cancellationToken);
    }
}

public sealed class Counter
{
    public int Version { get; set; } = 1;
    public int Value { get; set; }
}
