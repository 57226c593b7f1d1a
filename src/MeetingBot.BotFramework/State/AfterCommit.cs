using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.State;

/// <summary>
/// Work a turn defers until its state is saved and its replies are sent: messages to other people (a proactive
/// notice) must not go out for a turn that is then replayed or whose save fails. <see cref="StateCommitMiddleware"/>
/// puts a fresh one in the turn state for each run of the turn, drops it on a replay or failure, and runs it once
/// the commit succeeded. Outside that middleware there is none (<see cref="Of"/> returns null).
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Func<CancellationToken, Task>> _work = [];

    /// <summary>The deferred work of this run of the turn, or null when the turn has no state commit.</summary>
    public static AfterCommit? Of(ITurnContext turnContext) => turnContext.TurnState.Get<AfterCommit>();

    /// <summary>How many pieces of work wait.</summary>
    public int Count => _work.Count;

    public void Add(Func<CancellationToken, Task> work) => _work.Add(work);

    /// <summary>Runs the work in the order it was added; each piece handles its own expected failures.</summary>
    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var work in _work)
        {
            await work(cancellationToken);
        }
    }
}
