using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Delivery;
using MeetingBot.DingTalk.Actions;
using MeetingBot.DingTalk.Inbound;
using MeetingBot.DingTalk.Outbound;
using MeetingBot.DingTalk.Stream;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk;

public static class DingTalkServiceCollectionExtensions
{
    public const string PipelineName = "dingtalk";

    /// <summary>The host's address for download links (<c>Documents:Links:PublicBaseUrl</c>), the action pages' default.</summary>
    public const string DocumentLinksBaseUrlKey = "Documents:Links:PublicBaseUrl";

    /// <summary>
    /// The DingTalk channel, when <c>Channels:DingTalk:Enabled</c>: options validated at start-up, the robot's sender
    /// as a hosted channel, and the inbound mode configured (the Stream connection as a background service, or the
    /// callback endpoint that <see cref="MapDingTalk"/> maps). Who a sender is, is the host's identity gate's to say.
    /// </summary>
    public static IServiceCollection AddDingTalkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DingTalkOptions.SectionName);
        services.AddOptions<DingTalkOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart()
            // The card buttons' pages live where the download links do, unless the section names another address.
            .PostConfigure(o => o.PublicBaseUrl = string.IsNullOrWhiteSpace(o.PublicBaseUrl) ? configuration[DocumentLinksBaseUrlKey] : o.PublicBaseUrl);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DingTalkOptions>, DingTalkOptionsValidator>());
        if (!section.GetValue<bool>(nameof(DingTalkOptions.Enabled)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        // The connector's resilience pipeline (timeouts, retries of transient failures honouring Retry-After, a circuit
        // breaker per host, each retry logged and counted), as for WeCom; throttling is seen inside it, on every attempt.
        services.AddHttpClient(DingTalkApi.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddConnectorResilience(PipelineName);
        services.AddHttpClient(DingTalkApi.HttpClientName).AddHttpMessageHandler<ThrottleObserverHandler>();

        services.AddSingleton<DingTalkAccessTokens>();
        services.AddSingleton<DingTalkPace>();
        services.AddSingleton<DingTalkApi>();
        services.AddSingleton<DingTalkChannel>();
        services.AddSingleton<ActionLinks>();
        services.AddSingleton<ActionLinkClaims>();
        services.AddSingleton<ActionLinkEndpoint>();
        services.AddHostedService<ActionLinkPruner>();
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

    /// <summary>
    /// Maps the card buttons' action pages when the channel is enabled (either mode: the person's DingTalk client opens
    /// them), and the HTTP callback endpoint in HTTP mode.
    /// </summary>
    public static IEndpointRouteBuilder MapDingTalk(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<DingTalkOptions>>().Value;
        if (settings.Enabled)
        {
            endpoints.MapGet(ActionLinkEndpoint.Route, (string token, HttpContext http, ActionLinkEndpoint endpoint) =>
                endpoint.ShowAsync(token, http.RequestAborted));
            endpoints.MapPost(ActionLinkEndpoint.Route, (string token, HttpContext http, ActionLinkEndpoint endpoint) =>
                endpoint.PressAsync(token, http.Request, http.RequestAborted));
        }

        if (settings is { Enabled: true, Mode: DingTalkMode.Http })
        {
            endpoints.MapPost(DingTalkCallbackEndpoint.Path, (HttpContext http, DingTalkCallbackEndpoint endpoint) =>
                endpoint.HandleAsync(http.Request, http.RequestAborted));
        }

        return endpoints;
    }
}
