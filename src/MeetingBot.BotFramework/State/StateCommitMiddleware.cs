using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.State;

/// <summary>
/// Runs the rest of the turn with replies held, then saves every state scope the turn changed and only then sends
/// the replies. When a save loses an ETag race, the turn is replayed against fresh state (up to
/// <see cref="MaxAttempts"/> runs): never a lost update, never a reply sent twice. Work the turn deferred
/// (<see cref="AfterCommit"/>) runs after the replies, once; a replayed run's deferred work is dropped.
/// </summary>
/// <remarks>
/// Scopes are saved one by one; if a later scope conflicts after an earlier one was written, the replay applies
/// the turn again to the earlier scope's fresh state. Turns that change more than one scope must therefore keep
/// those changes idempotent (set, not increment).
/// </remarks>
public sealed partial class StateCommitMiddleware(IEnumerable<BotState> states, ILogger<StateCommitMiddleware> logger) : IMiddleware
{
    public const int MaxAttempts = 3;

    private readonly BotState[] _states = [.. states];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            turnContext.HoldReplies();
            var deferred = new AfterCommit();
            turnContext.TurnState.Set(deferred);
            try
            {
                await next(cancellationToken);
                foreach (var state in _states)
                {
                    await state.SaveChangesAsync(turnContext, cancellationToken);
                }
            }
            catch (StorageConflictException conflict)
            {
                Reset(turnContext);
                if (attempt == MaxAttempts)
                {
                    throw new TurnConflictException(attempt, conflict);
                }

                LogReplay(conflict.Key, attempt);
                continue;
            }
            catch
            {
                Reset(turnContext);
                throw;
            }

            await turnContext.CommitRepliesAsync(cancellationToken);
            turnContext.TurnState.Remove<AfterCommit>();
            await deferred.RunAsync(cancellationToken);
            return;
        }
    }

    private void Reset(ITurnContext turnContext)
    {
        turnContext.DiscardReplies();
        turnContext.TurnState.Remove<AfterCommit>();
        foreach (var state in _states)
        {
            state.ClearCache(turnContext);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "State {Key} changed during the turn; replaying it (attempt {Attempt})")]
    private partial void LogReplay(string key, int attempt);
}
