using System.Collections.Concurrent;
using System.Diagnostics;
using MeetingBot.BotFramework.Diagnostics;

namespace MeetingBot.BotFramework.Tests.Diagnostics;

/// <summary>
/// Records every finished span of the protocol layer's source. Listeners are process-wide and tests run side by
/// side, so a test picks its own spans by the conversation id it made up.
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _spans = new();

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Of(string conversationId) =>
        [.. _spans.Where(s => Equals(s.GetTagItem(BotTelemetry.ConversationIdTag), conversationId))];

    public void Dispose() => _listener.Dispose();
}
