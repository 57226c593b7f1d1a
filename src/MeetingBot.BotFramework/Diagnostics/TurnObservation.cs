using System.Diagnostics;
using MeetingBot.BotFramework.State;

namespace MeetingBot.BotFramework.Diagnostics;

/// <summary>
/// One turn as telemetry sees it: a span from start to the last reply, then the turn counter and the latency
/// histogram, tagged with the activity type, the channel and how it ended: ok, error, conflict (the state commit
/// lost its ETag race on every replay) or cancelled (the caller went away first).
/// </summary>
public sealed class TurnObservation : IDisposable
{
    public const string Inbound = "inbound";
    public const string Proactive = "proactive";

    private readonly BotTelemetry _telemetry;
    private readonly Activity? _span;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TagList _tags;
    private string _outcome = "cancelled";

    public TurnObservation(BotTelemetry telemetry, Schema.Activity activity, string kind)
    {
        _telemetry = telemetry;
        var type = activity.Type ?? "unknown";
        _tags = new TagList
        {
            { BotTelemetry.ActivityTypeTag, type },
            { BotTelemetry.ChannelTag, activity.ChannelId ?? "unknown" },
            { BotTelemetry.TurnKindTag, kind },
        };
        if (!BotTelemetry.Source.HasListeners())
        {
            // No tracing (no exporter configured): the tags would only be boxed for a span nobody records.
            return;
        }

        // The usual name is a constant: no string formatted per turn.
        var name = type == Schema.ActivityTypes.Message ? "turn message" : $"turn {type}";
        _span = BotTelemetry.Source.StartActivity(name, ActivityKind.Internal, default(ActivityContext), _tags);
        _span?.SetTag(BotTelemetry.ConversationIdTag, activity.Conversation?.Id);
        _span?.SetTag(BotTelemetry.ActivityIdTag, activity.Id);
    }

    public void Succeeded() => _outcome = "ok";

    public void Failed(Exception exception)
    {
        _outcome = exception is TurnConflictException ? "conflict" : "error";
        // The exception's type only: its message may quote user input.
        _span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }

    public void Dispose()
    {
        var tags = _tags;
        tags.Add(BotTelemetry.OutcomeTag, _outcome);
        _span?.SetTag(BotTelemetry.OutcomeTag, _outcome);
        _span?.Dispose();
        _telemetry.Turns.Add(1, tags);
        _telemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
    }
}
