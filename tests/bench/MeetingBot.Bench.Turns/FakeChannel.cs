using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// The channel's Connector service on loopback: takes the bot's replies and proactive messages (any POST under
/// <c>/v3/conversations</c>, answered <c>{ "id" }</c>), creates conversations, and has no member list (404), as a
/// channel without roster support. Keeps the texts each conversation received, for the scripts to check.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> _received = new(StringComparer.Ordinal);
    private long _activities;

    private FakeChannel(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Activities => Interlocked.Read(ref _activities);

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.Run(channel.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/";
        return channel;
    }

    /// <summary>Everything <paramref name="conversationId"/> received and not taken, left in place.</summary>
    public IReadOnlyList<Received> Seen(string conversationId) =>
        _received.TryGetValue(conversationId, out var queue) ? [.. queue] : [];

    /// <summary>What <paramref name="conversationId"/> received since the last call (removed as read).</summary>
    public List<Received> Take(string conversationId)
    {
        var texts = new List<Received>();
        if (_received.TryGetValue(conversationId, out var queue))
        {
            while (queue.TryDequeue(out var text))
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var segments = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (context.Request.Method != HttpMethods.Post || segments is not ["v3", "conversations", ..])
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (segments.Length == 2)
        {
            // Create conversation: a 1:1 chat for a proactive message.
            await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "created-" + Guid.NewGuid().ToString("N") });
            return;
        }

        var conversationId = Uri.UnescapeDataString(segments[2]);
        Interlocked.Increment(ref _activities);
        var text = body?["text"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : string.Empty;
        // POST /v3/conversations/{id}/activities/{replyToId} is a reply; without the last segment, a proactive message.
        var replyTo = segments.Length > 4 ? Uri.UnescapeDataString(segments[4]) : null;
        _received.GetOrAdd(conversationId, _ => new ConcurrentQueue<Received>()).Enqueue(new Received(text, Stopwatch.GetTimestamp(), replyTo));
        await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "sent-" + Interlocked.Read(ref _activities) });
    }
}
