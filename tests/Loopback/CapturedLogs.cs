using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Testing.Loopback;

/// <summary>
/// Every log line a host writes, at every level, with its scopes, exception and structured values, kept as text so a
/// test can look for what must never be logged (a secret, a token, a key).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public string All => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}{Values(state)}");
            return new NoScope();
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{Values(state)} {exception}");

        // The structured values too: a sink that writes them (JSON, OpenTelemetry) would show them even when the message does not.
        private static string Values<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs ? " {" + string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) + "}" : string.Empty;
    }

    private sealed class NoScope : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
