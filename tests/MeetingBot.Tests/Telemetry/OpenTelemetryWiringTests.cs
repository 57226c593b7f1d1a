using System.Diagnostics;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MeetingBot.Tests.Telemetry;

/// <summary>
/// The service's OpenTelemetry set-up with a collector configured (without one no provider is registered), read back
/// through in-memory exporters added beside the collector's.
/// </summary>
public sealed class OpenTelemetryWiringTests
{
    [Fact]
    public async Task Turn_IsExportedAsASpanUnderTheHttpRequest_AndItsMetricsWithTheHttpServersOwn()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var collector = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        using var bot = MeetingBotFactory.WithCollector(collector.BaseUrl);
        var host = bot.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        }));
        var activity = ActivityJson.Message("help").ExpectingReplies();
        using (var client = host.CreateClient())
        {
            using var response = await client.PostActivityAsync(activity);
            await response.ReadRepliesAsync();
        }

        // The server span ends after the client has its answer; a stopped host has finished every request and
        // its providers have exported what they held. The metrics are flushed first, explicitly: left to the periodic
        // reader's shutdown they were sometimes not exported at all when many hosts stopped at once (CI on 2 cores).
        host.Services.GetRequiredService<OpenTelemetry.Metrics.MeterProvider>().ForceFlush();
        await host.DisposeAsync();

        Activity[] recorded;
        lock (spans)
        {
            recorded = [.. spans];
        }

        var turn = Assert.Single(recorded, s => s.Source.Name == BotTelemetry.SourceName && Equals(s.GetTagItem(BotTelemetry.ConversationIdTag), activity.ConversationId()));
        var request = Assert.Single(recorded, s => s.SpanId == turn.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal("POST", request.GetTagItem("http.request.method"));
        Assert.Contains(metrics, m => m.MeterName == BotTelemetry.MeterName && m.Name == BotTelemetry.TurnsName);
        Assert.Contains(metrics, m => m.MeterName == BotTelemetry.MeterName && m.Name == BotTelemetry.TurnDurationName);
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
    }

    [Fact]
    public async Task HealthProbes_AreNotTraced()
    {
        var spans = new List<Activity>();
        await using var collector = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        using var bot = MeetingBotFactory.WithCollector(collector.BaseUrl);
        var host = bot.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        // Each request continues a trace of its own, so this host's spans are told apart from other hosts' that
        // the process-wide ASP.NET Core source also reports while tests run side by side.
        var (root, live, ready) = (ActivityTraceId.CreateRandom(), ActivityTraceId.CreateRandom(), ActivityTraceId.CreateRandom());
        using (var client = host.CreateClient())
        {
            await GetAsync(client, "/", root);
            await GetAsync(client, "/healthz", live);
            await GetAsync(client, "/readyz", ready);
        }

        await host.DisposeAsync();

        lock (spans)
        {
            Assert.Contains(spans, s => s.TraceId == root && s.Kind == ActivityKind.Server);
            Assert.DoesNotContain(spans, s => s.TraceId == live || s.TraceId == ready);
        }
    }

    private static async Task GetAsync(HttpClient client, string path, ActivityTraceId trace)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public void MalformedOtlpEndpoint_StopsStartUp_NamingTheKey()
    {
        using var host = MeetingBotFactory.In("Development", new() { ["Telemetry:OtlpEndpoint"] = "collector:4317" });

        var failure = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Telemetry:OtlpEndpoint", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtlpOverHttp_SendsTracesMetricsAndLogs_EachToItsOwnPath()
    {
        await using var collector = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        var host = MeetingBotFactory.In("Development", new()
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Telemetry:OtlpEndpoint"] = collector.BaseUrl,
            ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
        });
        using (var client = host.CreateClient())
        {
            using var response = await client.PostActivityAsync(ActivityJson.Message("help").ExpectingReplies());
            Assert.NotEmpty(await response.ReadRepliesAsync());
        }

        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush());
        // Log records have no public flush: stopping the host shuts their provider down, which exports the batch.
        await host.DisposeAsync();

        // The loopback server records a request as its answer goes out, so the last export may land a moment later.
        for (var waited = 0; waited < 100 && !collector.Requests.Any(r => r.PathAndQuery == "/v1/logs"); waited++)
        {
            await Task.Delay(100);
        }

        var paths = collector.Requests.Where(r => r.Method == "POST").Select(r => r.PathAndQuery).ToHashSet();
        Assert.Contains("/v1/traces", paths);
        Assert.Contains("/v1/metrics", paths);
        Assert.Contains("/v1/logs", paths);
    }

    [Fact]
    public async Task WithoutAnOtlpEndpoint_NothingIsExported_ButTheBotAnswers()
    {
        using var host = new MeetingBotFactory();
        using var client = host.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Message("help").ExpectingReplies());

        Assert.NotEmpty(await response.ReadRepliesAsync());
        Assert.Empty(host.Services.GetServices<OpenTelemetry.Logs.LoggerProvider>());
    }
}
