using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.Bench.Turns;

/// <summary>Posts activities to a bot's messaging endpoint as a channel does (no expectReplies: replies go to the fake channel).</summary>
public sealed class BotClient(Uri messagesUrl, string serviceUrl, string channelId = "msteams") : IDisposable
{
    /// <summary>The tenant of the loopback Teams the benches play.</summary>
    public const string TeamsTenant = "00000000-0000-4000-8000-00000000bench";

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>One turn: the message, then the HTTP answer. Returns the status, when it was sent (stopwatch ticks) and how long the turn took.</summary>
    /// <param name="activityId">The activity's id; the same id again is a channel's redelivery of it.</param>
    public async Task<(int Status, long Started, TimeSpan Elapsed)> SendAsync(
        Person from, Conversation conversation, string text, IReadOnlyList<Person>? mentions = null, string? activityId = null, DateTimeOffset? timestamp = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId ?? Guid.NewGuid().ToString("N"),
            // A redelivery is the same activity: same id, same timestamp.
            ["timestamp"] = (timestamp ?? DateTimeOffset.UtcNow).ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = from.AadObjectId is null
                ? new JsonObject { ["id"] = from.Id, ["name"] = from.Name }
                : new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot" },
            ["conversation"] = conversation.IsGroup
                ? new JsonObject { ["id"] = conversation.Id, ["isGroup"] = true, ["conversationType"] = "channel" }
                : new JsonObject { ["id"] = conversation.Id, ["conversationType"] = "personal" },
            ["locale"] = "zh-CN",
            ["text"] = text,
        };
        if (channelId == "msteams")
        {
            // Teams names the tenant on every activity (the bot needs it to open a person's 1:1 chat).
            activity["conversation"]!["tenantId"] = TeamsTenant;
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsTenant } };
        }

        if (mentions is { Count: > 0 })
        {
            activity["entities"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = m.Id, ["name"] = m.Name },
                ["text"] = $"<at>{m.Name}</at>",
            })]);
            activity["text"] = text + " " + string.Join(' ', mentions.Select(m => $"<at>{m.Name}</at>"));
        }

        if (conversation.IsGroup)
        {
            // In a group the bot acts only when addressed: an @mention of it first, as Teams sends it.
            var entities = activity["entities"] as JsonArray ?? [];
            entities.Add(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot" }, ["text"] = "<at>Bot</at>" });
            activity["entities"] = entities;
            activity["text"] = "<at>Bot</at> " + activity["text"]!.GetValue<string>();
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await _http.PostAsJsonAsync(messagesUrl, activity);
        await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, started, Stopwatch.GetElapsedTime(started));
    }

    public void Dispose() => _http.Dispose();
}
