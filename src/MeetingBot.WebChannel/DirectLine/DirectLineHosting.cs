using MeetingBot.BotFramework.Builder;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>Registers and maps the self-hosted Direct Line endpoint. The host supplies an <see cref="IDirectLineGrants"/>.</summary>
public static class DirectLineHosting
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineSignals>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineStreams>();
        services.AddSingleton<DirectLineRateLimit>();
        services.AddSingleton<DirectLineEndpoint>();
        services.AddSingleton<IHostedChannel, DirectLineChannel>();
        return services;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        // The key is read (or created) now, so a broken key file stops start-up instead of the first request.
        app.Services.GetRequiredService<DirectLineSigningKey>();
        app.UseWebSockets();
        DirectLineEndpoint.Map(app);
        return app;
    }
}
