using MeetingBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

/// <summary>Says loudly at start-up when the bot accepts unauthenticated requests (Development without an app id).</summary>
public sealed partial class AuthenticationStartupNotice(IOptions<BotFrameworkAuthenticationOptions> options, ILogger<AuthenticationStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAuthenticationDisabled)
        {
            LogDisabled();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: authentication is OFF and any caller can post activities. This is allowed only in Development.")]
    private partial void LogDisabled();
}
