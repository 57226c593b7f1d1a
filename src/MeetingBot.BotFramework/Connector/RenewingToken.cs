namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// A platform's application access token (WeCom's gettoken, DingTalk's accessToken): kept until shortly before it
/// expires and bought again then, or at once when the platform calls it invalid; one purchase at a time for all
/// callers. What buying means is the adapter's; when to buy is this class's.
/// </summary>
public sealed class RenewingToken(TimeProvider time) : IDisposable
{
    /// <summary>Bought again this long before the platform's expiry, so no call carries a token that dies on the way.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);

    // One reference, read and replaced whole: a caller never sees one token with another's expiry.
    private Held? _current;

    /// <param name="buy">Asks the platform for a token and its lifetime; throws when it answers without one.</param>
    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> buy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buy);
        if (Fresh() is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } boughtMeanwhile)
            {
                return boughtMeanwhile;
            }

            var (bought, lifetime) = await buy(cancellationToken);
            // A lifetime too short for the margin is renewed half way instead.
            var renewAt = time.GetUtcNow() + (lifetime > RenewBefore * 2 ? lifetime - RenewBefore : lifetime / 2);
            Volatile.Write(ref _current, new Held(bought, renewAt));
            return bought;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The platform refused <paramref name="token"/>: the next call buys a new one (unless another did already).</summary>
    public void Invalidate(string token)
    {
        if (Volatile.Read(ref _current) is { } held && held.Token == token)
        {
            // Only that one: a token bought meanwhile stays.
            Interlocked.CompareExchange(ref _current, null, held);
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Fresh() => Volatile.Read(ref _current) is { } held && time.GetUtcNow() < held.RenewAt ? held.Token : null;

    private sealed record Held(string Token, DateTimeOffset RenewAt);
}
