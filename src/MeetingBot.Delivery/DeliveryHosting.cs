using MeetingBot.BotFramework.Connector;

namespace MeetingBot.Delivery;

/// <summary>Registers proactive delivery: the ledger, the pacing, the sender and the outbox that waits out the pace.</summary>
public static class DeliveryHosting
{
    /// <summary>Call after <see cref="BotFramework.BotFrameworkServiceCollectionExtensions.AddBotFramework"/>, whose connector client it observes.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FanOutOptions>().Bind(configuration.GetSection(FanOutOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // Inside the connector's token handler (added after it), so every attempt's 429 is seen by the throttle that
        // slows all proactive sends to that channel.
        services.AddTransient<ThrottleObserverHandler>();
        services.AddHttpClient(ConnectorClient.HttpClientName).AddHttpMessageHandler<ThrottleObserverHandler>();
        services.AddSingleton<ChannelThrottle>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<PushOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<PushOutbox>());
        return services;
    }
}
