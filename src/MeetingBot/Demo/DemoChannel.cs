using System.Collections.Concurrent;
using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Demo;

/// <summary>
/// The channel the simulated team talks through: a connector endpoint on loopback that the bot calls back for
/// everything it sends outside a turn's replies (reminders, notices to the lead, disclosures), printing each and
/// keeping them so the script can wait for a push. It has no member roster (404), so the script @mentions people.
/// </summary>
public sealed class DemoChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, Activity Activity)> _sent = new();
    private readonly DemoTranscript _transcript;

    private DemoChannel(WebApplication app, DemoTranscript transcript)
    {
        _app = app;
        _transcript = transcript;
    }

    public Uri ServiceUrl => new(_app.Urls.First() + "/");

    public static async Task<DemoChannel> StartAsync(DemoTranscript transcript)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new DemoChannel(app, transcript);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyTo}", channel.ReceiveAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", () => Results.Json(new { id = NewId() }));
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", () => Results.Ok());
        app.MapPost("/v3/conversations", () => Results.Json(new { id = NewId() }));
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", () => Results.NotFound());
        await app.StartAsync();
        return channel;
    }

    /// <summary>The messages the bot pushed into a conversation so far.</summary>
    public IReadOnlyList<Activity> SentTo(string conversationId) =>
        [.. _sent.Where(s => s.ConversationId == conversationId && s.Activity.Type == ActivityTypes.Message).Select(s => s.Activity)];

    /// <summary>Waits (in real time) until <paramref name="condition"/> holds; false when it never did.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options);
        if (activity is null)
        {
            return Results.BadRequest();
        }

        _sent.Enqueue((conversationId, activity));
        if (activity.Type == ActivityTypes.Message)
        {
            _transcript.Pushed(conversationId, activity);
        }

        return Results.Json(new { id = NewId() });
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
