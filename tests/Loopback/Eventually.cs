namespace MeetingBot.Testing.Loopback;

/// <summary>Waits for background work (a scheduler, an outbox) to have happened: polls, never sleeps a fixed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <returns>Whether <paramref name="condition"/> held before the timeout.</returns>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public static Task<bool> TrueAsync(Func<bool> condition, TimeSpan? timeout = null) => TrueAsync(() => Task.FromResult(condition()), timeout);
}
