using System.Diagnostics;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace MeetingBot.Tests.Telemetry;

/// <summary>
/// Exported spans carry no link token: the server spans of /documents/{token}, /board/{token}, /chat?invite=…,
/// stream?t=… and the sign-in callback's ?code=…, and the client span of an outgoing call to such an address, show
/// [redacted] where the token was.
/// </summary>
public sealed class SpanRedactionTests
{
    private const string Secret = "SeCrEtToKeN0123456789";

    [Fact]
    public async Task ServerAndClientSpans_OfLinksWithTokens_AreExportedWithoutTheTokens()
    {
        var spans = new List<Activity>();
        // Spans are recorded only when an exporter is configured, as in a deployment with a collector.
        await using var collector = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        using var bot = MeetingBotFactory.WithCollector(collector.BaseUrl);
        var host = bot.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        await using var remote = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        string[] paths =
        [
            $"/documents/{Secret}1",
            $"/board/{Secret}2",
            $"/chat?invite={Secret}3",
            $"/v3/directline/conversations/x/stream?t={Secret}4",
            $"/chat/signin-oidc?code={Secret}5&state={Secret}6",
        ];
        var traces = new List<ActivityTraceId>();
        using (var client = host.CreateClient())
        {
            foreach (var path in paths)
            {
                var trace = ActivityTraceId.CreateRandom();
                traces.Add(trace);
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
                request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
                using var _ = await client.SendAsync(request);
            }

            // An outgoing call (the service fetching an address with a token) through the host's HttpClient factory.
            using var outgoing = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
            using var fetched = await outgoing.GetAsync(new Uri($"{remote.BaseUrl.TrimEnd('/')}/documents/{Secret}7?token={Secret}8"));
        }

        await host.DisposeAsync();

        Activity[] recorded;
        lock (spans)
        {
            recorded = [.. spans];
        }

        var servers = recorded.Where(s => traces.Contains(s.TraceId) && s.Kind == ActivityKind.Server).ToList();
        Assert.Equal(paths.Length, servers.Count);
        var remotePort = new Uri(remote.BaseUrl).Port;
        var outgoingSpan = Assert.Single(recorded, s => s.Kind == ActivityKind.Client && Equals(s.GetTagItem("server.port"), remotePort));
        foreach (var span in servers.Append(outgoingSpan))
        {
            Assert.DoesNotContain(Secret, span.DisplayName, StringComparison.Ordinal);
            foreach (var (key, value) in span.TagObjects)
            {
                Assert.DoesNotContain(Secret, value?.ToString() ?? string.Empty, StringComparison.Ordinal);
            }
        }

        Assert.Contains(servers, s => Equals(s.GetTagItem("url.path"), "/documents/[redacted]"));
        Assert.Contains(servers, s => Equals(s.GetTagItem("url.path"), "/board/[redacted]"));
        Assert.Equal("/documents/[redacted]", new Uri((string)outgoingSpan.GetTagItem("url.full")!).AbsolutePath);
    }
}
