using System.Diagnostics;
using System.Diagnostics.Metrics;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Tests.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MeetingBot.BotFramework.Tests.Diagnostics;

public sealed class TurnTelemetryTests
{
    [Fact]
    public async Task Turn_IsCountedTimedAndTraced_WithItsReplyAsAChildSpan()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        using var spans = new SpanRecorder();
        var meters = bed.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, BotTelemetry.MeterName, BotTelemetry.TurnsName);
        using var durations = new MetricCollector<double>(meters, BotTelemetry.MeterName, BotTelemetry.TurnDurationName);
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        var (status, _) = await bed.PostAsync(bed.Message("你好", conversation), new LambdaBot((turn, ct) => turn.SendActivityAsync("收到", ct)));

        Assert.Equal(200, status);
        var counted = Assert.Single(turns.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("message", counted.Tags[BotTelemetry.ActivityTypeTag]);
        Assert.Equal("msteams", counted.Tags[BotTelemetry.ChannelTag]);
        Assert.Equal(TurnObservation.Inbound, counted.Tags[BotTelemetry.TurnKindTag]);
        Assert.Equal("ok", counted.Tags[BotTelemetry.OutcomeTag]);
        Assert.False(counted.Tags.ContainsKey(BotTelemetry.ConversationIdTag), "ids would make every conversation its own series");
        Assert.True(Assert.Single(durations.GetMeasurementSnapshot()).Value > 0);

        var turnSpan = Assert.Single(spans.Of(conversation), s => s.OperationName == "turn message");
        var replySpan = Assert.Single(spans.Of(conversation), s => s.OperationName == "connector reply");
        Assert.Equal(turnSpan.SpanId, replySpan.ParentSpanId);
        Assert.Equal(ActivityKind.Client, replySpan.Kind);
        Assert.Equal(200, replySpan.GetTagItem(BotTelemetry.StatusCodeTag));
    }

    [Fact]
    public async Task FailingTurn_IsCountedAsAnError_AndItsSpanNamesTheExceptionTypeOnly()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        using var spans = new SpanRecorder();
        using var turns = new MetricCollector<long>(bed.Services.GetRequiredService<IMeterFactory>(), BotTelemetry.MeterName, BotTelemetry.TurnsName);
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        await bed.PostAsync(bed.Message("boom", conversation), new LambdaBot((_, _) => throw new InvalidOperationException("secret detail")));

        Assert.Equal("error", Assert.Single(turns.GetMeasurementSnapshot()).Tags[BotTelemetry.OutcomeTag]);
        var span = Assert.Single(spans.Of(conversation), s => s.OperationName == "turn message");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(nameof(InvalidOperationException), span.StatusDescription);
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains("secret detail", StringComparison.Ordinal) == true);
    }
}
