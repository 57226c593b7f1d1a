using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MeetingBot.BotFramework.Diagnostics;

/// <summary>
/// The protocol layer's traces and metrics, with every name in one place. Plain <see cref="ActivitySource"/> and
/// <see cref="Meter"/> from System.Diagnostics: this layer references no telemetry SDK; the service decides what
/// is collected and where it goes. Tags are low-cardinality (type, channel, outcome); conversation and activity
/// ids go on spans and log scopes only, never on metrics, and no message text goes anywhere.
/// </summary>
public sealed class BotTelemetry
{
    public const string SourceName = "MeetingBot.BotFramework";
    public const string MeterName = "MeetingBot.BotFramework";

    public const string TurnsName = "meetingbot.turns";
    public const string TurnDurationName = "meetingbot.turn.duration";
    public const string ConnectorCallsName = "meetingbot.connector.calls";
    public const string ConnectorCallDurationName = "meetingbot.connector.call.duration";
    public const string ConnectorRetriesName = "meetingbot.connector.retries";
    public const string StorageConflictsName = "meetingbot.storage.conflicts";

    public const string ActivityTypeTag = "bot.activity.type";
    public const string ChannelTag = "bot.channel";
    public const string TurnKindTag = "bot.turn.kind";
    public const string OutcomeTag = "bot.outcome";
    public const string ConversationIdTag = "bot.conversation.id";
    public const string ActivityIdTag = "bot.activity.id";
    public const string OperationTag = "bot.connector.operation";
    public const string StorageOperationTag = "bot.storage.operation";
    public const string StorageConditionTag = "bot.storage.condition";
    public const string ServerAddressTag = "server.address";
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>Spans have no factory in .NET; one source per process is the convention.</summary>
    public static readonly ActivitySource Source = new(SourceName);

    // Turns are expected in milliseconds; the buckets resolve the 1–50 ms range the benchmarks care about.
    private static readonly double[] TurnBuckets = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public BotTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Turns = meter.CreateCounter<long>(TurnsName, "{turn}", "Turns run, inbound and proactive, by outcome.");
        TurnDuration = meter.CreateHistogram(TurnDurationName, "s", "Time from the turn's start to its last reply sent and state saved.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = TurnBuckets });
        ConnectorCalls = meter.CreateCounter<long>(ConnectorCallsName, "{call}", "Connector API calls (after retries), by operation and outcome.");
        ConnectorCallDuration = meter.CreateHistogram<double>(ConnectorCallDurationName, "s", "Duration of a Connector API call, retries included.");
        ConnectorRetries = meter.CreateCounter<long>(ConnectorRetriesName, "{retry}", "Connector attempts that failed and were retried.");
        StorageConflicts = meter.CreateCounter<long>(StorageConflictsName, "{conflict}", "Conditional writes refused because the document changed or exists.");
    }

    public Counter<long> Turns { get; }
    public Histogram<double> TurnDuration { get; }
    public Counter<long> ConnectorCalls { get; }
    public Histogram<double> ConnectorCallDuration { get; }
    public Counter<long> ConnectorRetries { get; }
    public Counter<long> StorageConflicts { get; }
}
