using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Bench.FanOut;

/// <summary>
/// A loopback fake of the Teams channel that enforces the documented limits for bots: per conversation 7 a second,
/// 8 in two seconds, 60 in thirty seconds, 1,800 an hour; per app <paramref name="perSecond"/> a second (30 in
/// Teams). A request over any limit is answered 429 with Retry-After and not delivered. Every delivered message
/// is counted by its idempotency key (the activity's text), so lost and duplicated pushes can be counted.
/// </summary>
public sealed class TeamsChannel(int perSecond) : IAsyncDisposable
{
    private static readonly (int Limit, TimeSpan Window)[] ConversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private readonly object _gate = new();
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _delivered;
    private int _throttledGlobal;
    private int _throttledConversation;

    public ConcurrentDictionary<string, int> DeliveredByKey { get; } = new(StringComparer.Ordinal);

    public string BaseUrl { get; private set; } = string.Empty;

    public int Delivered => Volatile.Read(ref _delivered);

    public int ThrottledGlobal => Volatile.Read(ref _throttledGlobal);

    public int ThrottledConversation => Volatile.Read(ref _throttledConversation);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/v3/conversations/{conversationId}/activities", HandleAsync);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private async Task HandleAsync(HttpContext context, string conversationId)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var key = body.RootElement.GetProperty("text").GetString() ?? string.Empty;
        var verdict = Admit(conversationId, DateTimeOffset.UtcNow);
        if (verdict is not null)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsJsonAsync(new { error = new { code = "ThrottledRequest", message = verdict } });
            return;
        }

        DeliveredByKey.AddOrUpdate(key, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _delivered);
        await context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString("N") });
    }

    /// <summary>Null when the message may be delivered now (and it is counted), else which limit it broke.</summary>
    private string? Admit(string conversationId, DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_global.Count > 0 && now - _global.Peek() >= TimeSpan.FromSeconds(1))
            {
                _global.Dequeue();
            }

            if (_global.Count >= perSecond)
            {
                _throttledGlobal++;
                return "app rate";
            }

            if (!_conversations.TryGetValue(conversationId, out var sent))
            {
                sent = [];
                _conversations[conversationId] = sent;
            }

            sent.RemoveAll(t => now - t >= TimeSpan.FromHours(1));
            foreach (var (limit, window) in ConversationLimits)
            {
                if (sent.Count(t => now - t < window) >= limit)
                {
                    _throttledConversation++;
                    return "conversation rate";
                }
            }

            sent.Add(now);
            _global.Enqueue(now);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
