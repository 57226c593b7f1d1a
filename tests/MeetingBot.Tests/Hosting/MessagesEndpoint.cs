using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Hosting;

/// <summary>Talks to <c>POST /api/messages</c> as a channel does, and reads its answers.</summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity, string? bearerToken = null) =>
        client.PostBodyAsync(activity.ToJsonString(), bearerToken is null ? null : "Bearer " + bearerToken);

    /// <param name="authorization">The whole Authorization header value, sent as is (it may be malformed on purpose).</param>
    public static Task<HttpResponseMessage> PostBodyAsync(this HttpClient client, string body, string? authorization = null) =>
        client.PostContentAsync(new StringContent(body, Encoding.UTF8, "application/json"), authorization);

    public static async Task<HttpResponseMessage> PostContentAsync(this HttpClient client, HttpContent content, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The replies of an <c>expectReplies</c> turn: HTTP 200 with <c>{ "activities": [...] }</c>.</summary>
    public static async Task<JsonArray> ReadRepliesAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return Assert.IsType<JsonArray>(body?["activities"]);
    }

    /// <summary>Asserts the status and the protocol's error body <c>{ "error": { "code", "message" } }</c>.</summary>
    public static async Task AssertErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["error"];
        Assert.Equal(code, error?["code"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error?["message"]?.GetValue<string>()));
    }
}
