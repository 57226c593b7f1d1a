namespace MeetingBot.WebChannel.DirectLine;

/// <summary>One open socket; ended by the server through <see cref="End"/>, which its own loop turns into a close.</summary>
internal sealed class DirectLineOpenStream(string grantId) : IDisposable
{
    private readonly CancellationTokenSource _ended = new();
    private string? _reason;

    public string GrantId { get; } = grantId;

    public string? Reason => Volatile.Read(ref _reason);

    public CancellationToken Ended => _ended.Token;

    /// <summary>Called from other threads (a newer window, a revocation), possibly as the stream ends on its own.</summary>
    public void End(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        try
        {
            _ended.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It had ended already.
        }
    }

    public void Dispose() => _ended.Dispose();
}
