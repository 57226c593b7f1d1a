namespace MeetingBot.Telemetry;

/// <summary>
/// Puts <see cref="LogRedaction"/> between the service and one logger provider (console, OpenTelemetry, a test's
/// collector): every record's message and values and every scope it prints pass through it. It takes the factory's
/// scopes (<see cref="ISupportExternalScope"/>) and hands the provider a view of them with credentials redacted.
/// </summary>
internal sealed class RedactingLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped)
        {
            scoped.SetScopeProvider(new RedactingScopeProvider(scopeProvider));
        }
    }

    // The provider belongs to the container, which disposes it.
    public void Dispose()
    {
    }

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(RedactedState.Of(state) ?? string.Empty);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The factory filters by its rules only, not by the provider's own level: a record the provider would
            // drop is not redacted first.
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var redacted = RedactedState.Of(state);
            inner.Log(logLevel, eventId, redacted, exception, (_, e) => LogRedaction.Redact(formatter(state, e)));
        }
    }

    private sealed class RedactingScopeProvider(IExternalScopeProvider inner) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
            inner.ForEachScope((scope, s) => callback(RedactedState.Of(scope), s), state);

        public IDisposable Push(object? state) => inner.Push(state);
    }
}
