using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace MeetingBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    public const string ConnectorPipelineName = "connector";

    /// <summary>
    /// The protocol's own turn pipeline, outermost first: remember where the user can be reached, then open the turn's
    /// unit of work (everything inside it is committed together). A host that adds middleware declares its whole
    /// order once with <see cref="AddTurnPipeline"/>.
    /// </summary>
    public static readonly IReadOnlyList<Type> ProtocolPipeline = [typeof(ConversationReferenceMiddleware), typeof(TurnUnitOfWorkMiddleware)];

    /// <summary>
    /// Declares the turn pipeline: the middleware in the order given (outermost first), ending in the bot. The last
    /// declaration wins, so the order lives in one list rather than in the order of scattered registrations.
    /// </summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services, IReadOnlyList<Type> middleware)
    {
        foreach (var type in middleware)
        {
            if (!typeof(IMiddleware).IsAssignableFrom(type))
            {
                throw new ArgumentException($"{type.Name} is not a middleware.", nameof(middleware));
            }

            services.TryAddSingleton(type);
        }

        Type[] order = [.. middleware];
        services.RemoveAll<MiddlewareSet>();
        services.AddSingleton(sp =>
        {
            // Middleware registered the old way (as IMiddleware) would silently not run: say where it belongs.
            if (sp.GetServices<IMiddleware>().FirstOrDefault(m => !order.Contains(m.GetType())) is { } stray)
            {
                throw new InvalidOperationException($"{stray.GetType().Name} is registered as IMiddleware; declare it in AddTurnPipeline instead.");
            }

            return new MiddlewareSet(order.Select(t => (IMiddleware)sp.GetRequiredService(t)));
        });
        return services;
    }

    /// <summary>
    /// The protocol layer: authentication, connector client with its resilience pipeline, adapter and turn
    /// pipeline, conversation references. The host adds an <see cref="IBot"/>, an <see cref="ITurnErrorHandler"/>
    /// and an <see cref="Storage.IStorage"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        // The MicrosoftApp* keys are flat by ecosystem convention, so this options class binds the root.
        services.AddOptions<BotFrameworkAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkAuthenticationOptions>, BotFrameworkAuthenticationOptionsValidator>();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdapterOptions>().Bind(configuration.GetSection(AdapterOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(OpenIdMetadataCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(MsalAccessTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddTransient<BotTokenHandler>();
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        services.AddTransient<ConnectorCallObserver>();
        // The observer is outermost: one span and one count per call, whatever the retries underneath did. The
        // factory's two logging handlers are removed: their lines are below the level the service logs at, yet each
        // call paid for a log scope, a stopwatch and two async frames; the observer's span and counters, and the
        // retry strategy's warning, say what a failed call did.
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<ConnectorCallObserver>()
            .AddResilienceHandler(ConnectorPipelineName, ConfigureConnectorPipeline)
            .SelectPipelineByAuthority();
        // Added after the resilience handler, so it sits inside it: every attempt carries a fresh token (and the
        // delivery project adds its 429 observer inside that, AddDelivery).
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddHttpMessageHandler<BotTokenHandler>();

        services.AddSingleton<OpenIdMetadataCache>();
        services.AddSingleton<ActivityAuthenticator>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<IBotAccessTokenProvider, MsalAccessTokenProvider>();
        services.AddSingleton<ConnectorClientFactory>();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddHostedService<ActivityClaimPruner>();
        services.AddSingleton<ConversationReferenceStore>();

        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<PrivateConversationState>();
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<ConversationState>());
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<UserState>());
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<PrivateConversationState>());
        services.AddTurnPipeline(ProtocolPipeline);
        services.AddSingleton<CloudAdapter>();
        services.AddSingleton<PersonalConversations>();
        return services;
    }

    internal static void ConfigureConnectorPipeline(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("MeetingBot.BotFramework.Connector");
        var telemetry = context.ServiceProvider.GetRequiredService<BotTelemetry>();
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                // 429s say when to come back; honour it rather than our own backoff.
                ShouldRetryAfterHeader = true,
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    string? conversationId = null, activityId = null;
                    request?.Options.TryGetValue(ConnectorRequest.ConversationId, out conversationId);
                    request?.Options.TryGetValue(ConnectorRequest.ActivityId, out activityId);
                    var outcome = args.Outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name;
                    telemetry.ConnectorRetries.Add(1,
                        new KeyValuePair<string, object?>(BotTelemetry.OperationTag, ConnectorCallObserver.OperationOf(request)),
                        new KeyValuePair<string, object?>(BotTelemetry.OutcomeTag, outcome));
                    logger.LogWarning(
                        "Connector call {Method} {Host} failed ({Outcome}); retry {Attempt} in {Delay} for conversation {ConversationId}, activity {ActivityId}",
                        request?.Method, request?.RequestUri?.Host, outcome,
                        args.AttemptNumber + 1, args.RetryDelay, conversationId, activityId);
                    return default;
                },
            });
        }

        builder
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
