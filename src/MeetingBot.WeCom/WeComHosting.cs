using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.WeCom.Api;
using MeetingBot.WeCom.Callback;
using MeetingBot.WeCom.Sending;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom;

/// <summary>
/// Registers and maps the WeCom channel when <c>Channels:WeCom:CorpId</c> is set; without it the service does not serve
/// WeCom and nothing is registered (appsettings.json carries the section empty, as documentation).
/// </summary>
public static class WeComHosting
{
    public const string PipelineName = "WeCom";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{WeComOptions.SectionName}:{nameof(WeComOptions.CorpId)}"]);

    /// <param name="inner">Handlers the host puts inside the resilience pipeline, each attempt seen (the delivery throttle's observer).</param>
    public static IServiceCollection AddWeComChannel(this IServiceCollection services, IConfiguration configuration, Action<IHttpClientBuilder>? inner = null)
    {
        if (!IsConfigured(configuration))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WeComOptions>().Bind(configuration.GetSection(WeComOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeComOptions>, WeComOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<WeComOptions>>().Value;
            return new WeComCrypto(o.Token, o.EncodingAesKey, o.CorpId);
        });
        services.AddTransient<WeComThrottleHandler>();
        var api = services.AddHttpClient(WeComApiClient.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddConnectorResilience(PipelineName);
        inner?.Invoke(api);
        // Innermost, so every attempt's errcode 45009 is a 429 to the retry and to the throttle observer above it.
        api.AddHttpMessageHandler<WeComThrottleHandler>();
        services.AddHttpClient(WeComFiles.DownloadClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<WeComAccessTokens>();
        services.AddSingleton<WeComApiClient>();
        services.AddSingleton<WeComFiles>();
        services.AddSingleton<WeComCallbackEndpoint>();
        services.AddSingleton<IHostedChannel, WeComChannel>();
        return services;
    }

    public static WebApplication MapWeComChannel(this WebApplication app)
    {
        if (!IsConfigured(app.Configuration))
        {
            return app;
        }

        var path = app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.CallbackPath;
        app.MapGet(path, (HttpContext http, WeComCallbackEndpoint endpoint) => endpoint.VerifyUrlAsync(http));
        app.MapPost(path, (HttpContext http, WeComCallbackEndpoint endpoint) => endpoint.ReceiveAsync(http));
        return app;
    }
}
