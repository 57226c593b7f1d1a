using System.Collections.Concurrent;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// The fan-outs running in this process, so a cancellation asked for here stops its run before the next send at
/// once, without the run reading its stored document before every recipient. A run on another instance sees the
/// stored flag at its next progress write or poll (<see cref="FanOutProgressOptions.CancelPollEvery"/>).
/// </summary>
public sealed class RunningFanOuts
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    public IDisposable Register(string meetingId, string runId, CancellationTokenSource cancel)
    {
        var key = FanOutRuns.KeyOf(meetingId, runId);
        _running[key] = cancel;
        return new Registration(() => _running.TryRemove(key, out _));
    }

    public async Task CancelAsync(string meetingId, string runId)
    {
        if (_running.TryGetValue(FanOutRuns.KeyOf(meetingId, runId), out var cancel))
        {
            await cancel.CancelAsync();
        }
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
