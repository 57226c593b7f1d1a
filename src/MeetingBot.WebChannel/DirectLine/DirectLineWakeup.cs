namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// One stream's doorbell for its conversation, from <see cref="DirectLineSignals.Listen"/>. A ring is kept until the
/// stream next waits, so an append that lands while the stream is busy reading or sending is never missed.
/// </summary>
public sealed class DirectLineWakeup : IDisposable
{
    private readonly Action<DirectLineWakeup> _unsubscribe;
    private TaskCompletionSource _rung = NewBell();

    internal DirectLineWakeup(string conversationId, Action<DirectLineWakeup> unsubscribe)
    {
        ConversationId = conversationId;
        _unsubscribe = unsubscribe;
    }

    public string ConversationId { get; }

    /// <returns>True when rung, false when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var rung = Volatile.Read(ref _rung);
        try
        {
            await rung.Task.WaitAsync(timeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }

        // Re-armed before the caller reads storage: whatever rings from now on may be newer than that read.
        Interlocked.CompareExchange(ref _rung, NewBell(), rung);
        return true;
    }

    public void Dispose() => _unsubscribe(this);

    internal void Ring() => Volatile.Read(ref _rung).TrySetResult();

    private static TaskCompletionSource NewBell() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
