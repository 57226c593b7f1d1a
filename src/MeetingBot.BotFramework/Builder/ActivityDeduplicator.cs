using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// Teams re-delivers an activity when the bot is slow to answer (same id); Direct Line does not de-duplicate
/// client retries. An activity seen on the same channel and conversation with the same id in the last
/// <see cref="Window"/> is processed once — by whichever instance claims it first, since a redelivery may reach
/// another instance behind the load balancer.
/// <para>
/// The first check is this process's memory (no I/O for a redelivery to the same instance). Then the claim is an
/// atomic "create if absent" in the shared <see cref="IStorage"/>, holding its expiry time: of two instances only one
/// creates it. While the turn runs the claim holds for <see cref="AdapterOptions.ActivityClaimLease"/>; when the turn
/// has ended (<see cref="HandledAsync"/>) for the whole window. So a redelivery of a turn whose instance was killed
/// mid-turn is handled once the lease lapsed, instead of being lost as a "duplicate" of a turn that never finished.
/// An expired claim may be taken over by a conditional write on its ETag (again only one wins);
/// <see cref="ActivityClaimPruner"/> deletes expired claims. Only where instances share a store
/// (<see cref="AdapterOptions.DeduplicateAcrossInstances"/>).
/// </para>
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time, IStorage storage, Microsoft.Extensions.Options.IOptions<AdapterOptions> options) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public const string KeyPrefix = "activity-claims/";

    private readonly MemoryCache _seen = new(new MemoryCacheOptions { Clock = new TimeProviderClock(time), SizeLimit = 100_000 });

    // Shared claims this process holds for turns still running: the ETag that marks one handled when its turn ends.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ActivityClaim Claim, string ETag)> _running = new(StringComparer.Ordinal);

    /// <summary>Channel, conversation and activity id; the conversation id may hold any character, keys are free text.</summary>
    public static string KeyFor(Activity activity) => $"{KeyPrefix}{activity.ChannelId}/{activity.Conversation?.Id}/{activity.Id}";

    /// <returns>True the first time the activity is seen by any instance in the window; false for a redelivery.</returns>
    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken cancellationToken = default) =>
        await ClaimAsync(activity, cancellationToken) == ActivityClaimResult.Claimed;

    /// <summary>
    /// Claims the activity for this instance, or says why not: already handled, or still running on another instance
    /// (whose turn may yet end — or never, if that instance died, in which case a later redelivery takes it over).
    /// </summary>
    public async Task<ActivityClaimResult> ClaimAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return ActivityClaimResult.Claimed;
        }

        var key = KeyFor(activity);
        // Two threads of this process with the same activity: the cache entry decides, before any I/O.
        var mine = new object();
        if (!ReferenceEquals(_seen.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Window;
                entry.Size = 1;
                return mine;
            }), mine))
        {
            // Seen by this process, which is alive: its turn has ended or will.
            return ActivityClaimResult.Handled;
        }

        if (options.Value.DeduplicateAcrossInstances != true)
        {
            return ActivityClaimResult.Claimed;
        }

        try
        {
            return await ClaimSharedAsync(key, cancellationToken);
        }
        catch
        {
            // Not claimed (the store failed): a redelivery must be able to try again.
            _seen.Remove(key);
            throw;
        }
    }

    /// <summary>
    /// The activity's turn has ended (answered, or apologised for): its shared claim now holds for the whole window.
    /// Not called when the turn was cut off, so the lease lapses and a redelivery is handled.
    /// </summary>
    public async Task HandledAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id) || !_running.TryRemove(KeyFor(activity), out var held))
        {
            return;
        }

        try
        {
            var handled = held.Claim with { ExpiresAt = held.Claim.ClaimedAt + Window, Handled = true };
            await storage.WriteAsync(KeyFor(activity), handled, WriteCondition.IfMatch(held.ETag), cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Taken over after the lease lapsed (this turn ran longer than the lease): the other instance's claim stands.
        }
    }

    public void Dispose() => _seen.Dispose();

    private async Task<ActivityClaimResult> ClaimSharedAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claim = new ActivityClaim(now, now + options.Value.ActivityClaimLease);
        Updated<ActivityClaim> stored;
        try
        {
            // Usually the first delivery, so created without a read. An expired claim is taken over, a live one stands;
            // a claim the pruner deleted in between is created again. Losing a race means reading what the winner wrote.
            stored = await storage.CreateOrUpdateAsync<ActivityClaim>(key, current => current is null || current.ExpiresAt <= now ? claim : null, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Every attempt lost to other instances claiming it: its turn is theirs.
            stored = default;
        }

        if (stored.Written)
        {
            _running[key] = (claim, stored.ETag!);
            return ActivityClaimResult.Claimed;
        }

        if (stored.Value is { Handled: true })
        {
            return ActivityClaimResult.Handled;
        }

        // Another instance's turn, still running: forgotten here, so the next redelivery asks the store again.
        _seen.Remove(key);
        return ActivityClaimResult.RunningElsewhere;
    }

#pragma warning disable CS0618 // ISystemClock is the cache's only clock hook.
    private sealed class TimeProviderClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
#pragma warning restore CS0618
}
