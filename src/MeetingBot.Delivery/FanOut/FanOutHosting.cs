namespace MeetingBot.Delivery.FanOut;

/// <summary>Registers the reminder fan-out: runs kept in storage, the stall watch, the once-only unreachable report.</summary>
public static class FanOutHosting
{
    public static IServiceCollection AddReminderFanOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FanOutProgressOptions>().Bind(configuration.GetSection(FanOutProgressOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FanOutRuns>();
        services.AddSingleton<RunningFanOuts>();
        services.AddSingleton<UnreachableReport>();
        services.AddSingleton<ReminderOccurrences>();
        services.AddSingleton<ReminderFanOut>();
        services.AddSingleton<MeetingDeliveries>();
        services.AddSingleton<FanOutCancellation>();
        services.AddSingleton<FanOutWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<FanOutWatch>());
        return services;
    }
}
