using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.State;

/// <summary>
/// The unit of work of one incoming turn: everything that makes a turn consistent, in one place. It lives in the
/// turn state (<see cref="Of"/>) from <see cref="TurnUnitOfWorkMiddleware"/> inward, and runs the turn like this:
/// <list type="number">
/// <item>Hold the replies: nothing the bot says leaves before the commit.</item>
/// <item>Run the rest of the pipeline and the bot. Documents it reads and writes through <see cref="Documents"/> are
/// read at most once per run, and its writes are held there (a later read sees them); state scopes
/// (<see cref="BotState"/>) are read once and changed in memory; notices to other people are queued with
/// <see cref="AfterCommit"/>.</item>
/// <item>Commit: the held writes and every changed state scope in one <see cref="IStorage.WriteAllAsync"/>, each
/// conditional on the ETag it was read with — one transaction, all or none.</item>
/// <item>Send the held replies, then run the queued notices, once.</item>
/// </list>
/// A conditional write that loses its race (<see cref="StorageConflictException"/>) throws the run away: replies and
/// notices are dropped, the reads forgotten, and the turn runs again from step 1 on fresh documents, at most
/// <see cref="MaxRuns"/> times; after that the turn fails with <see cref="TurnConflictException"/> and the error
/// handler asks the user to send again. So no update is lost and no reply or notice goes twice.
/// There is no ambient unit of work: code that needs it takes it from the turn state and hands it on (the meeting
/// found for a turn carries it), and code outside a turn (a scheduled job, a web page) passes none.
/// </summary>
/// <remarks>
/// A storage that cannot write all or none (Azure Blob: <see cref="IStorage.WritesAllOrNone"/> is false) gets each
/// domain write as it is decided and each state scope on its own at step 3. A replay there must not decide a write
/// an earlier run saved a second time (a submission would be refused as already awaiting review): the write's outcome
/// is kept across runs (<see cref="Remember"/>) and the replay gets it back (<see cref="Recall"/>): the n-th write of
/// a key in a run answers to the n-th write of that key in the run that made it. Where writes are held nothing of a
/// lost run was saved, so nothing is kept. Turns that change more than one state scope keep those changes idempotent
/// (set, not increment), because on such a storage an earlier scope may have been saved before a later one lost its race.
/// </remarks>
public sealed partial class TurnUnitOfWork
{
    /// <summary>How many times a turn runs before a lost race is reported to the user.</summary>
    public const int MaxRuns = 3;

    private readonly ITurnContext _turnContext;
    private readonly IReadOnlyList<BotState> _states;
    private readonly ILogger _logger;
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private readonly Dictionary<string, List<object>> _saved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _writesThisRun = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private TurnDocuments? _documents;

    internal TurnUnitOfWork(ITurnContext turnContext, IReadOnlyList<BotState> states, ILogger logger)
    {
        _turnContext = turnContext;
        _states = states;
        _logger = logger;
    }

    /// <summary>The unit of work of this turn, or null outside a turn pipeline (a scheduled job, a test context).</summary>
    public static TurnUnitOfWork? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnUnitOfWork>();

    /// <summary>The turn's view of <paramref name="storage"/>: each document read at most once per run.</summary>
    public IStorage Documents(IStorage storage)
    {
        lock (_gate)
        {
            return _documents ??= new TurnDocuments(storage);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> after the turn's commit when there is a turn, at once otherwise (a scheduled job):
    /// a failed or replayed run then leaves nothing of it behind.
    /// </summary>
    public static Task AfterCommitOrNowAsync(ITurnContext turnContext, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (Of(turnContext) is not { } unit)
        {
            return work(cancellationToken);
        }

        unit.AfterCommit(work);
        return Task.CompletedTask;
    }

    /// <summary>Queues work (a notice to someone else) to run once, after the state is saved and the replies sent.</summary>
    public void AfterCommit(Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            _afterCommit.Add(work);
        }
    }

    /// <summary>Counts this run's write of <paramref name="key"/>; returns what an earlier run saved for it, if any.</summary>
    public object? Recall(string key, out int position)
    {
        lock (_gate)
        {
            position = _writesThisRun.GetValueOrDefault(key);
            _writesThisRun[key] = position + 1;
            return _saved.TryGetValue(key, out var saved) && position < saved.Count ? saved[position] : null;
        }
    }

    /// <summary>Keeps the outcome of a write this run saved, at the position <see cref="Recall"/> gave it.</summary>
    public void Remember(string key, int position, object outcome)
    {
        lock (_gate)
        {
            if (!_saved.TryGetValue(key, out var list))
            {
                _saved[key] = list = [];
            }

            if (position == list.Count)
            {
                list.Add(outcome);
            }
        }
    }

    internal async Task RunAsync(NextDelegate next, CancellationToken cancellationToken)
    {
        _turnContext.TurnState.Set(this);
        try
        {
            for (var run = 1; ; run++)
            {
                StartRun();
                try
                {
                    await RunOnceAsync(next, cancellationToken);
                }
                catch (StorageConflictException conflict)
                {
                    Discard();
                    if (run == MaxRuns)
                    {
                        throw new TurnConflictException(run, conflict);
                    }

                    LogReplay(conflict.Key, run);
                    continue;
                }
                catch
                {
                    Discard();
                    throw;
                }

                await _turnContext.CommitRepliesAsync(cancellationToken);
                // Notices run after the turn: one that sends another notice sends it at once.
                _turnContext.TurnState.Remove<TurnUnitOfWork>();
                foreach (var work in TakeNotices())
                {
                    await work(cancellationToken);
                }

                return;
            }
        }
        finally
        {
            _turnContext.TurnState.Remove<TurnUnitOfWork>();
        }
    }

    private async Task RunOnceAsync(NextDelegate next, CancellationToken cancellationToken)
    {
        await next(cancellationToken);
        await CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Step 3. The writes the turn's documents hold and every changed state scope kept in the same storage go in one
    /// <see cref="IStorage.WriteAllAsync"/> (one transaction); a scope kept elsewhere, or in a storage that cannot
    /// write all or none, is written on its own.
    /// </summary>
    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        var documents = _documents;
        var together = documents is { HoldsWrites: true } ? documents.Storage : null;
        var changes = new List<DocumentChange>(documents?.Held ?? []);
        var scopes = new List<(BotState State, DocumentChange Change)>();
        foreach (var state in _states)
        {
            together ??= state.Storage.WritesAllOrNone ? state.Storage : null;
            if (!ReferenceEquals(state.Storage, together))
            {
                await state.SaveChangesAsync(_turnContext, cancellationToken);
            }
            else if (state.ChangeToSave(_turnContext) is { } change)
            {
                scopes.Add((state, change));
                changes.Add(change);
            }
        }

        if (changes.Count == 0)
        {
            return;
        }

        await together!.WriteAllAsync(changes, cancellationToken);
        foreach (var (state, change) in scopes)
        {
            state.Saved(_turnContext, change);
        }
    }

    private void StartRun()
    {
        _turnContext.HoldReplies();
        lock (_gate)
        {
            _writesThisRun.Clear();
            _afterCommit.Clear();
            _documents?.Forget();
        }
    }

    private void Discard()
    {
        _turnContext.DiscardReplies();
        lock (_gate)
        {
            _afterCommit.Clear();
            if (_documents is { HoldsWrites: true })
            {
                // Nothing this run wrote reached the storage: the replay decides every write again.
                _saved.Clear();
            }

            _documents?.Forget();
        }

        foreach (var state in _states)
        {
            state.ClearCache(_turnContext);
        }
    }

    private Func<CancellationToken, Task>[] TakeNotices()
    {
        lock (_gate)
        {
            Func<CancellationToken, Task>[] work = [.. _afterCommit];
            _afterCommit.Clear();
            return work;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "State {Key} changed during the turn; replaying it (run {Run})")]
    private partial void LogReplay(string key, int run);
}
