using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// Deletes the shared store's activity claims that have expired, once a window, so claims do not pile up. Each
/// delete is conditional on the ETag it read: a claim taken over meanwhile is kept. Every instance runs it; two
/// deleting the same claim is harmless (one finds it gone).
/// </summary>
public sealed partial class ActivityClaimPruner(IStorage storage, TimeProvider time, ILogger<ActivityClaimPruner> logger) : BackgroundService
{
    /// <returns>How many claims were deleted.</returns>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deleted = 0;
        foreach (var document in await storage.ListAsync(ActivityDeduplicator.KeyPrefix, cancellationToken))
        {
            var claim = System.Text.Json.JsonSerializer.Deserialize<ActivityClaim>(document.Json, Storage.StorageJson.Options);
            if (claim is null || claim.ExpiresAt > now)
            {
                continue;
            }

            try
            {
                deleted += await storage.DeleteAsync(document.Key, WriteCondition.IfMatch(document.ETag), cancellationToken) ? 1 : 0;
            }
            catch (StorageConflictException)
            {
                // Taken over by a redelivery since it was listed: a live claim again.
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ActivityDeduplicator.Window, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PruneAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Storage unavailable: the claims wait for the next round; they expire regardless.
                    LogPruneFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expired activity claims could not be pruned; the next round tries again")]
    private partial void LogPruneFailed(Exception exception);
}
