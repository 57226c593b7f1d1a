using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Hosting;

/// <summary>Ready means the configured storage answers a read.</summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync("health/probe", cancellationToken);
            return HealthCheckResult.Healthy("Storage answers.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Storage does not answer.", ex);
        }
    }
}
