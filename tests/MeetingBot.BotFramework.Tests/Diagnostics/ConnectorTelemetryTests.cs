using System.Diagnostics.Metrics;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Tests.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MeetingBot.BotFramework.Tests.Diagnostics;

public sealed class ConnectorTelemetryTests
{
    [Fact]
    public async Task RetriedCall_CountsEachRetry_AndTheCallOnceWithItsFinalOutcome()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, call) =>
        {
            context.Response.StatusCode = call < 3 ? 503 : 200;
            return Task.CompletedTask;
        });
        using var spans = new SpanRecorder();
        var meters = bed.Services.GetRequiredService<IMeterFactory>();
        using var retries = new MetricCollector<long>(meters, BotTelemetry.MeterName, BotTelemetry.ConnectorRetriesName);
        using var calls = new MetricCollector<long>(meters, BotTelemetry.MeterName, BotTelemetry.ConnectorCallsName);
        using var durations = new MetricCollector<double>(meters, BotTelemetry.MeterName, BotTelemetry.ConnectorCallDurationName);
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        await bed.Client().SendToConversationAsync(ConnectorTestBed.Message(conversation), CancellationToken.None);

        var retried = retries.GetMeasurementSnapshot();
        Assert.Equal(2, retried.Count);
        Assert.All(retried, r =>
        {
            Assert.Equal("send", r.Tags[BotTelemetry.OperationTag]);
            Assert.Equal("503", r.Tags[BotTelemetry.OutcomeTag]);
        });
        var call = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal("send", call.Tags[BotTelemetry.OperationTag]);
        Assert.Equal("200", call.Tags[BotTelemetry.OutcomeTag]);
        Assert.Equal("127.0.0.1", call.Tags[BotTelemetry.ServerAddressTag]);
        Assert.Single(durations.GetMeasurementSnapshot());
        Assert.Single(spans.Of(conversation), s => s.OperationName == "connector send");
    }

    [Fact]
    public async Task RefusedCall_IsCountedWithTheChannelsStatus_AndNotRetried()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 403;
            return Task.CompletedTask;
        });
        var meters = bed.Services.GetRequiredService<IMeterFactory>();
        using var retries = new MetricCollector<long>(meters, BotTelemetry.MeterName, BotTelemetry.ConnectorRetriesName);
        using var calls = new MetricCollector<long>(meters, BotTelemetry.MeterName, BotTelemetry.ConnectorCallsName);

        await Assert.ThrowsAsync<ConnectorException>(() => bed.Client().DeleteActivityAsync("a:conversation", "activity-1", CancellationToken.None));

        Assert.Empty(retries.GetMeasurementSnapshot());
        var call = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal("delete", call.Tags[BotTelemetry.OperationTag]);
        Assert.Equal("403", call.Tags[BotTelemetry.OutcomeTag]);
    }
}
