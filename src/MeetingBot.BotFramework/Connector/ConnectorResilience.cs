using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// The connector's resilience pipeline (timeouts, retries honouring Retry-After, circuit breaker per host) for another
/// channel's HTTP client, so a channel adapter's platform calls are handled exactly as connector calls are.
/// </summary>
public static class ConnectorResilience
{
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder, string pipelineName)
    {
        builder.AddResilienceHandler(pipelineName, BotFrameworkServiceCollectionExtensions.ConfigureConnectorPipeline).SelectPipelineByAuthority();
        return builder;
    }
}
