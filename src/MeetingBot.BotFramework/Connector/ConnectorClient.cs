using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// The Connector REST API of one channel endpoint (protocol §5). Resilience (retries, Retry-After, circuit
/// breaker, timeouts) and the bearer token live in the HTTP pipeline this client's <see cref="HttpClient"/> was
/// built with, so every call gets them.
/// </summary>
public sealed class ConnectorClient
{
    public const string HttpClientName = "connector";

    // A success answer's body is a few bytes ({ "id": … }); one that takes longer is not worth waiting for.
    private static readonly TimeSpan AcceptedBodyTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http;
    private readonly Uri _baseUri;

    public ConnectorClient(HttpClient http, string serviceUrl)
    {
        _http = http;
        // Without the trailing slash, relative paths would drop the last segment (e.g. Teams' /emea).
        _baseUri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);
    }

    public Uri BaseUri => _baseUri;

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync("send", HttpMethod.Post, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync("reply", HttpMethod.Post, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.ReplyToId)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync("update", HttpMethod.Put, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.Id)}", activity, cancellationToken);

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = Request("delete", HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, activityId);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var request = Request("create-conversation", HttpMethod.Post, "v3/conversations", null, null);
        request.Content = Json(parameters);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await ReadAsync<ConversationResourceResponse>(response, cancellationToken) ?? new ConversationResourceResponse(null, null, null);
    }

    public async Task<PagedMembersResult> GetConversationPagedMembersAsync(string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        using var request = Request("members", HttpMethod.Get, path, conversationId, null);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await ReadAsync<PagedMembersResult>(response, cancellationToken) ?? new PagedMembersResult([], null);
    }

    /// <summary>Every member, page by page (the unpaged roster call is deprecated and throttled in Teams).</summary>
    public async IAsyncEnumerable<ChannelAccount> GetConversationMembersAsync(string conversationId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await GetConversationPagedMembersAsync(conversationId, pageSize: 100, continuation, cancellationToken);
            foreach (var member in page.Members ?? [])
            {
                yield return member;
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }

    private async Task<ResourceResponse> SendActivityAsync(string operation, HttpMethod method, string path, Activity activity, CancellationToken cancellationToken)
    {
        using var request = Request(operation, method, path, activity.Conversation?.Id, activity.ReplyToId ?? activity.Id);
        request.Content = Json(activity);
        // Headers only: the retry pipeline decides on the status, and a body cut off after a success is read here.
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        // Teams (text + attachment) and offline-directline answer 2xx with no body: sent, id unknown.
        return await ReadAcceptedAsync(response, cancellationToken) ?? new ResourceResponse(null);
    }

    /// <summary>
    /// The body of a success answer. The channel has taken the activity once it says 2xx, so a connection that
    /// drops (or stalls) before the body is complete still means sent, id unknown: sending it again would post
    /// it twice.
    /// </summary>
    private static async Task<ResourceResponse?> ReadAcceptedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(AcceptedBodyTimeout);
        try
        {
            return await ReadAsync<ResourceResponse>(response, bounded.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException
            || exception is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private HttpRequestMessage Request(string operation, HttpMethod method, string path, string? conversationId, string? activityId)
    {
        var request = new HttpRequestMessage(method, new Uri(_baseUri, path));
        request.Options.Set(ConnectorRequest.Operation, operation);
        if (conversationId is not null)
        {
            request.Options.Set(ConnectorRequest.ConversationId, conversationId);
        }

        if (activityId is not null)
        {
            request.Options.Set(ConnectorRequest.ActivityId, activityId);
        }

        return request;
    }

    private static ByteArrayContent Json<T>(T body)
    {
        // Buffered bytes, so a retry or a token refresh can send the same body again.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string? code = null;
        var message = response.ReasonPhrase ?? response.StatusCode.ToString();
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(BotJson.Options, cancellationToken);
            if (body.ValueKind == JsonValueKind.Object)
            {
                if (body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                {
                    code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    message = error.TryGetProperty("message", out var m) ? m.GetString() ?? message : message;
                }

                // Teams reports per-user blocks as { errorCode: 209, subCode: "MessageWritesBlocked" }.
                if (body.TryGetProperty("subCode", out var sub) && sub.ValueKind == JsonValueKind.String)
                {
                    code = sub.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not every channel answers errors with JSON; the status code says enough.
        }

        throw new ConnectorException(response.StatusCode, code, message);
    }

    private static string Escape(string? value) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("A conversation or activity id is required.") : Uri.EscapeDataString(value);
}
