using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Delivery;
using MeetingBot.DingTalk.Inbound;
using MeetingBot.DingTalk.Outbound;
using MeetingBot.DingTalk.Stream;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MeetingBot.DingTalk;

public static class DingTalkServiceCollectionExtensions
{
    public const string PipelineName = "dingtalk";

    /// <summary>
    /// The DingTalk channel, when <c>Channels:DingTalk:Enabled</c>: options validated at start-up, the robot's sender
    /// as a hosted channel, and the inbound mode configured (the Stream connection as a background service, or the
    /// callback endpoint that <see cref="MapDingTalk"/> maps). Who a sender is, is the host's identity gate's to say.
    /// </summary>
    public static IServiceCollection AddDingTalkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DingTalkOptions.SectionName);
        services.AddOptions<DingTalkOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DingTalkOptions>, DingTalkOptionsValidator>());
        if (!section.GetValue<bool>(nameof(DingTalkOptions.Enabled)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        // The connector's resilience settings (timeouts, retries of transient failures, circuit breaker), one pipeline
        // of the same shape as the Bot Framework connector's; throttling is seen inside it, on every attempt.
        services.AddHttpClient(DingTalkApi.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(PipelineName, (builder, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                builder.AddTimeout(settings.TotalTimeout);
                if (settings.MaxRetryAttempts > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.MaxRetryAttempts,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = settings.RetryBaseDelay,
                        ShouldRetryAfterHeader = true,
                    });
                }

                builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = settings.BreakerFailureRatio,
                    MinimumThroughput = settings.BreakerMinimumThroughput,
                    SamplingDuration = settings.BreakerSamplingDuration,
                    BreakDuration = settings.BreakerBreakDuration,
                }).AddTimeout(settings.AttemptTimeout);
            });
        services.AddHttpClient(DingTalkApi.HttpClientName).AddHttpMessageHandler<ThrottleObserverHandler>();

        services.AddSingleton<DingTalkAccessTokens>();
        services.AddSingleton<DingTalkPace>();
        services.AddSingleton<DingTalkApi>();
        services.AddSingleton<DingTalkChannel>();
        services.AddSingleton<IHostedChannel>(sp => sp.GetRequiredService<DingTalkChannel>());
        services.AddSingleton<DingTalkInbound>();
        services.AddSingleton<DingTalkCallbackEndpoint>();
        if (section.GetValue<DingTalkMode?>(nameof(DingTalkOptions.Mode)) is null or DingTalkMode.Stream)
        {
            services.AddSingleton<DingTalkStreamService>();
            services.AddHostedService(sp => sp.GetRequiredService<DingTalkStreamService>());
        }

        return services;
    }

    /// <summary>Maps the HTTP callback endpoint when the channel is enabled in HTTP mode.</summary>
    public static IEndpointRouteBuilder MapDingTalk(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<DingTalkOptions>>().Value;
        if (settings is { Enabled: true, Mode: DingTalkMode.Http })
        {
            endpoints.MapPost(DingTalkCallbackEndpoint.Path, (HttpContext http, DingTalkCallbackEndpoint endpoint) =>
                endpoint.HandleAsync(http.Request, http.RequestAborted));
        }

        return endpoints;
    }
}
