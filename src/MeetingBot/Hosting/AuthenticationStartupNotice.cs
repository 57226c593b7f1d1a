using MeetingBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

/// <summary>
/// Says at start-up what an empty app id means here: in Development, loudly, that anyone may post activities; anywhere
/// else, that <c>/api/messages</c> is closed and only the service's own web channel is open.
/// </summary>
public sealed partial class AuthenticationStartupNotice(
    IOptions<BotFrameworkAuthenticationOptions> options, IHostEnvironment environment, ILogger<AuthenticationStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsAuthenticationDisabled)
        {
            return Task.CompletedTask;
        }

        if (environment.IsDevelopment())
        {
            LogDisabled();
        }
        else
        {
            LogClosed(environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: authentication is OFF and any caller can post activities. This is allowed only in Development.")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "MicrosoftAppId is not set: no Bot Framework channel in {Environment}; /api/messages refuses every activity (401) and only the web channel (/v3/directline, /chat) is open.")]
    private partial void LogClosed(string environment);
}
