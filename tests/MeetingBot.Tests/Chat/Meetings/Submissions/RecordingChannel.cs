using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Connector;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>The channel's connector for proactive sends: accepts every activity the bot sends and remembers where it went.</summary>
internal sealed class RecordingChannel(ConcurrentQueue<(string Path, string Body)> sent) : HttpMessageHandler
{
    /// <summary>The test host with every connector call recorded in <paramref name="sent"/> instead of sent.</summary>
    public static WebApplicationFactory<Program> Host(WebApplicationFactory<Program> factory, ConcurrentQueue<(string Path, string Body)> sent) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new RecordingChannel(sent))));

    /// <summary>The last text sent to <paramref name="userId"/>'s 1:1 chat holding <paramref name="marker"/>, once one is there.</summary>
    public static async Task<string> TextToAsync(ConcurrentQueue<(string Path, string Body)> sent, string userId, string marker)
    {
        string? found = null;
        Assert.True(await Eventually.TrueAsync(() =>
        {
            found = sent.Where(s => s.Path.Contains($"-dm-{userId}", StringComparison.Ordinal))
                .Select(s => JsonNode.Parse(s.Body)?["text"]?.GetValue<string>() ?? string.Empty)
                .LastOrDefault(t => t.Contains(marker, StringComparison.Ordinal));
            return Task.FromResult(found is not null);
        }), $"a message with {marker} reached {userId}");
        return found!;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        sent.Enqueue((request.RequestUri!.AbsolutePath, body));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"sent-1\"}", Encoding.UTF8, "application/json") };
    }
}
