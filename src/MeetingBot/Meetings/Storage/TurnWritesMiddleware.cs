using MeetingBot.BotFramework.Builder;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// Gives each run of a turn the turn's <see cref="TurnWrites"/>: registered after the state commit middleware, so it
/// runs inside it and again on every replay, while the writes themselves live in the turn state across runs.
/// </summary>
public sealed class TurnWritesMiddleware : BotFramework.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var writes = turnContext.TurnState.Get<TurnWrites>();
        if (writes is null)
        {
            writes = new TurnWrites();
            turnContext.TurnState.Set(writes);
        }

        writes.StartRun();
        var outer = TurnWrites.Current;
        TurnWrites.Current = writes;
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            TurnWrites.Current = outer;
        }
    }
}
