using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Telemetry;

public static class LogRedactionHosting
{
    /// <summary>
    /// Builds the logger factory over every registered provider wrapped in <see cref="RedactingLoggerProvider"/>, so no
    /// credential from a link (download, invitation, board, Direct Line stream) reaches any log, whatever levels the
    /// configuration sets or whether appsettings.json was found. Resolved when the host starts, so providers added
    /// later (OpenTelemetry, a test's collector) are wrapped too. Provider-specific level rules
    /// (<c>Logging:Console:LogLevel</c>) no longer apply, because every provider now has the wrapper's type;
    /// category rules (<c>Logging:LogLevel</c>) do.
    /// </summary>
    public static IServiceCollection AddLogRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new LoggerFactory(
            sp.GetServices<ILoggerProvider>().Select(p => new RedactingLoggerProvider(p)),
            sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            sp.GetService<IOptions<LoggerFactoryOptions>>(),
            sp.GetService<IExternalScopeProvider>())));
        return services;
    }
}
