using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// Direct Line 3.0 served by the bot itself (protocol §8.1): tokens, start, reconnect, post, get with watermark,
/// upload and the WebSocket stream. Every call needs a token bound to the conversation in the URL; anything else
/// answers 401 with the same words, so a caller learns nothing about what exists. Posted activities run through
/// the same turn pipeline as every channel; the bot's replies are queued (<see cref="DirectLineConversations"/>).
/// </summary>
public sealed partial class DirectLineEndpoint(
    DirectLineTokens tokens,
    IDirectLineGrants grants,
    DirectLineConversations conversations,
    DirectLineStreams streams,
    DirectLineRateLimit rateLimit,
    CloudAdapter adapter,
    IBot bot,
    IOptions<DirectLineOptions> options,
    IOptions<AdapterOptions> adapterOptions,
    TimeProvider time,
    ILogger<DirectLineEndpoint> logger)
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(DirectLinePaths.Base);
        group.MapPost("/tokens/generate", (HttpContext http, DirectLineEndpoint e) => e.GenerateAsync(http));
        group.MapPost("/tokens/refresh", (HttpContext http, DirectLineEndpoint e) => e.RefreshAsync(http));
        group.MapPost("/conversations", (HttpContext http, DirectLineEndpoint e) => e.StartAsync(http));
        group.MapGet("/conversations/{id}", (HttpContext http, string id, DirectLineEndpoint e) => e.ReconnectAsync(http, id));
        group.MapPost("/conversations/{id}/activities", (HttpContext http, string id, DirectLineEndpoint e) => e.PostAsync(http, id));
        group.MapGet("/conversations/{id}/activities", (HttpContext http, string id, DirectLineEndpoint e) => e.GetAsync(http, id));
        group.MapPost("/conversations/{id}/upload", (HttpContext http, string id, DirectLineEndpoint e) => e.UploadAsync(http, id));
        group.MapGet("/conversations/{id}/stream", (HttpContext http, string id, DirectLineEndpoint e) => e.StreamAsync(http, id));
        return routes;
    }

    private async Task GenerateAsync(HttpContext http)
    {
        var credential = Bearer(http.Request);
        var grant = credential is null ? null
            : await grants.ResolveAsync(credential, http.Request.Query["conversation"].FirstOrDefault(), http.RequestAborted);
        if (grant is null)
        {
            await UnauthorizedAsync(http.Response);
            return;
        }

        if (await LimitedAsync(http.Response, $"{grant.ConversationId}|{grant.UserId}"))
        {
            return;
        }

        await conversations.EnsureAsync(grant.ConversationId, grant.IsGroup, http.RequestAborted);
        var (token, expiresIn) = tokens.Issue(grant);
        await WriteAsync(http.Response, StatusCodes.Status200OK, new DirectLineConversationResponse(grant.ConversationId, token, expiresIn));
    }

    private async Task RefreshAsync(HttpContext http)
    {
        if (await AuthorizeAsync(http, conversationId: null) is not { } identity)
        {
            return;
        }

        var (token, expiresIn) = tokens.Issue(identity.Grant);
        await WriteAsync(http.Response, StatusCodes.Status200OK, new DirectLineConversationResponse(identity.Grant.ConversationId, token, expiresIn));
    }

    private async Task StartAsync(HttpContext http)
    {
        if (await AuthorizeAsync(http, conversationId: null) is not { } identity)
        {
            return;
        }

        var grant = identity.Grant;
        var started = await conversations.StartAsync(grant.ConversationId, grant.IsGroup, http.RequestAborted);
        if (started)
        {
            // The bot hears of the new conversation as on any channel; the client never sees this update (§8.1).
            var update = Inbound(new Activity { Type = ActivityTypes.ConversationUpdate }, identity, http.Request);
            update.MembersAdded = [update.From!, adapter.BotAccount];
            update.Id = $"{grant.ConversationId}|start";
            await adapter.ProcessHostedAsync(update, bot, http.RequestAborted);
        }

        var token = Bearer(http.Request)!;
        await WriteAsync(http.Response, started ? StatusCodes.Status201Created : StatusCodes.Status200OK,
            new DirectLineConversationResponse(grant.ConversationId, token, Remaining(identity), StreamUrl(http.Request, grant.ConversationId, token, null)));
    }

    private async Task ReconnectAsync(HttpContext http, string id)
    {
        if (await AuthorizeAsync(http, id) is not { } identity || !TryWatermark(http, out var watermark))
        {
            return;
        }

        if (await conversations.FindAsync(id, http.RequestAborted) is null)
        {
            await ErrorAsync(http.Response, StatusCodes.Status404NotFound, "BadArgument", "The conversation has not been started.");
            return;
        }

        var token = Bearer(http.Request)!;
        await WriteAsync(http.Response, StatusCodes.Status200OK,
            new DirectLineConversationResponse(id, token, Remaining(identity), StreamUrl(http.Request, id, token, watermark)));
    }

    private async Task GetAsync(HttpContext http, string id)
    {
        if (await AuthorizeAsync(http, id) is null || !TryWatermark(http, out var watermark))
        {
            return;
        }

        await WriteAsync(http.Response, StatusCodes.Status200OK, await conversations.ReadAsync(id, watermark, http.RequestAborted));
    }

    private async Task PostAsync(HttpContext http, string id)
    {
        if (await AuthorizeAsync(http, id) is not { } identity)
        {
            return;
        }

        var body = await RequestBody.ReadAsync(http.Request, adapterOptions.Value.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            await ErrorAsync(http.Response, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");
            return;
        }

        Activity? activity;
        try
        {
            activity = BotJson.DeserializeActivity(body);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            await ErrorAsync(http.Response, StatusCodes.Status400BadRequest, "BadArgument", "The body must be one activity with a type.");
            return;
        }

        await AcceptAsync(http, activity, identity);
    }

    private async Task UploadAsync(HttpContext http, string id)
    {
        if (await AuthorizeAsync(http, id) is not { } identity)
        {
            return;
        }

        var upload = await DirectLineUpload.ReadAsync(http.Request, options.Value.MaxUploadBytes, http.RequestAborted);
        if (upload.Problem is { } problem)
        {
            await ErrorAsync(http.Response, problem.Status, problem.Code, problem.Message);
            return;
        }

        await AcceptAsync(http, upload.Activity!, identity);
    }

    private async Task StreamAsync(HttpContext http, string id)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await ErrorAsync(http.Response, StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
            return;
        }

        if (await AuthorizeAsync(http, id) is not { } identity || !TryWatermark(http, out var watermark))
        {
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await streams.RunAsync(socket, identity, watermark, http.RequestAborted);
    }

    /// <summary>Queues the client's activity (the echo Web Chat waits for), then runs the bot's turn on it.</summary>
    private async Task AcceptAsync(HttpContext http, Activity posted, DirectLineIdentity identity)
    {
        var activity = Inbound(posted, identity, http.Request);
        if (activity.IsType(ActivityTypes.Typing))
        {
            // Typing is not kept in the transcript and means nothing to the bot.
            await WriteAsync(http.Response, StatusCodes.Status200OK, new ResourceResponse(null));
            return;
        }

        var queued = await conversations.AppendAsync(identity.Grant.ConversationId, identity.Grant.IsGroup, activity, http.RequestAborted);
        var forBot = BotJson.DeserializeActivity(JsonSerializer.SerializeToUtf8Bytes(queued, BotJson.Options))!;
        await adapter.ProcessHostedAsync(forBot, bot, http.RequestAborted);
        LogAccepted(identity.Grant.ConversationId, queued.Id);
        await WriteAsync(http.Response, StatusCodes.Status200OK, new ResourceResponse(queued.Id));
    }

    /// <summary>What the client may not decide: who sent it, where, when, on which channel (§8.1: the token's user is forced).</summary>
    private Activity Inbound(Activity activity, DirectLineIdentity identity, HttpRequest request)
    {
        var grant = identity.Grant;
        activity.Id = null;
        activity.Timestamp = null;
        activity.CallerId = null;
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = options.Value.ServiceUrl;
        activity.Conversation = new ConversationAccount(grant.ConversationId, grant.IsGroup, grant.IsGroup ? "groupChat" : "personal");
        activity.From = new ChannelAccount(grant.UserId, grant.UserName ?? activity.From?.Name) { Role = "user" };
        activity.Recipient = adapter.BotAccount;
        activity.Locale ??= request.Headers.AcceptLanguage.FirstOrDefault()?.Split(',')[0];
        return activity;
    }

    private async Task<DirectLineIdentity?> AuthorizeAsync(HttpContext http, string? conversationId)
    {
        var token = Bearer(http.Request) ?? http.Request.Query["t"].FirstOrDefault();
        var identity = await tokens.ValidateAsync(token, http.RequestAborted);
        if (identity is null || (conversationId is not null && identity.Grant.ConversationId != conversationId))
        {
            await UnauthorizedAsync(http.Response);
            return null;
        }

        return await LimitedAsync(http.Response, identity.RateKey) ? null : identity;
    }

    private async Task<bool> LimitedAsync(HttpResponse response, string key)
    {
        if (rateLimit.TryAcquire(key) is not { } retryAfter)
        {
            return false;
        }

        LogThrottled();
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ErrorAsync(response, StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; slow down.");
        return true;
    }

    private static bool TryWatermark(HttpContext http, out long? watermark)
    {
        if (DirectLineConversations.TryParseWatermark(http.Request.Query["watermark"].FirstOrDefault(), out watermark))
        {
            return true;
        }

        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLinePaths.Base}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } w ? $"{url}&watermark={w}" : url;
    }

    private int Remaining(DirectLineIdentity identity) =>
        Math.Max(0, (int)(identity.ExpiresAt - time.GetUtcNow()).TotalSeconds);

    private static Task UnauthorizedAsync(HttpResponse response) =>
        ErrorAsync(response, StatusCodes.Status401Unauthorized, "Unauthorized", "A valid token for this conversation is required.");

    private static async Task ErrorAsync(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, ErrorResponse.Of(code, message), BotJson.Options);
    }

    private static async Task WriteAsync<T>(HttpResponse response, int status, T value)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, value, BotJson.Options);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line activity {ActivityId} accepted in {ConversationId}")]
    private partial void LogAccepted(string conversationId, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line client throttled (429)")]
    private partial void LogThrottled();
}
