using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.DingTalk.Actions;

/// <summary>Deletes the records of pressed action links once those links have expired, once an hour.</summary>
public sealed partial class ActionLinkPruner(ActionLinkClaims claims, TimeProvider time, ILogger<ActionLinkPruner> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await claims.PruneAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Storage unavailable: the records wait for the next round; their links are refused as expired anyway.
                    LogPruneFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the records of expired DingTalk action links")]
    private partial void LogPruneFailed(Exception exception);
}
