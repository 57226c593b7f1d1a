using System.Collections.Concurrent;
using System.Net;
using System.Text;
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

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        sent.Enqueue((request.RequestUri!.AbsolutePath, body));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"sent-1\"}", Encoding.UTF8, "application/json") };
    }
}
