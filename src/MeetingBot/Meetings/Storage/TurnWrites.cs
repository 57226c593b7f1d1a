using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// The domain documents one incoming turn has written, kept across its runs. A turn replayed after its state lost an
/// ETag race runs its commands again; a command whose document the earlier run already wrote must not be decided a
/// second time (a submission would be refused as awaiting review, or added twice), so the replay gets the earlier
/// run's saved outcome instead. The n-th write of a key in a run answers to the n-th write of that key in the run
/// that made it. <see cref="MeetingRepository"/> finds the turn's writes through <see cref="Current"/>, which
/// <see cref="TurnWritesMiddleware"/> sets for each run; outside a turn (a reminder job) there are none.
/// </summary>
public sealed class TurnWrites
{
    private static readonly AsyncLocal<TurnWrites?> Ambient = new();

    private readonly Dictionary<string, List<object>> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The writes of the turn this code runs in, if any.</summary>
    public static TurnWrites? Current
    {
        get => Ambient.Value;
        internal set => Ambient.Value = value;
    }

    /// <summary>A new run of the turn starts counting its writes from the first again.</summary>
    public void StartRun()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }

    /// <summary>Counts this write of <paramref name="key"/>; returns what an earlier run saved for it, if it did.</summary>
    public Outcome<T>? Recall<T>(string key, out int position)
    {
        lock (_gate)
        {
            position = _calls.GetValueOrDefault(key);
            _calls[key] = position + 1;
            return _written.TryGetValue(key, out var saved) && position < saved.Count ? saved[position] as Outcome<T> : null;
        }
    }

    /// <summary>Keeps the outcome of a write this run saved, at the position <see cref="Recall{T}"/> gave it.</summary>
    public void Remember<T>(string key, int position, Outcome<T> saved)
    {
        lock (_gate)
        {
            if (!_written.TryGetValue(key, out var list))
            {
                _written[key] = list = [];
            }

            if (position == list.Count)
            {
                list.Add(saved);
            }
        }
    }
}
