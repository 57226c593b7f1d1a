using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MeetingBot.Tests.WebChannel;

/// <summary>
/// One person in the service's own web chat, through the real Direct Line endpoint: the invitation code becomes a
/// token for the conversation it opens, and each message's replies are read back from the conversation.
/// </summary>
internal sealed class WebChatSession : IDisposable
{
    private const string Base = "/v3/directline";
    private readonly HttpClient _client;

    private WebChatSession(HttpClient client, string token, string conversationId)
    {
        _client = client;
        Token = token;
        ConversationId = conversationId;
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public string Token { get; }

    public string ConversationId { get; }

    public static string CodeOf(string link) =>
        Uri.UnescapeDataString(link[(link.IndexOf("invite=", StringComparison.Ordinal) + 7)..].Trim());

    public static async Task<WebChatSession> OpenAsync(WebApplicationFactory<Program> factory, string link, string? conversation = null)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/tokens/generate" + (conversation is null ? string.Empty : "?conversation=" + conversation));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CodeOf(link));
        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var session = new WebChatSession(client, body["token"]!.GetValue<string>(), body["conversationId"]!.GetValue<string>());
        (await client.PostAsync($"{Base}/conversations", null)).Dispose();
        return session;
    }

    /// <summary>Sends a message (or a card's posted value) and returns the bot's replies to it, joined by new lines.</summary>
    public async Task<string> SayAsync(string? text, JsonObject? value = null)
    {
        var activity = new JsonObject { ["type"] = "message", ["locale"] = "zh-CN" };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        using var posted = await _client.PostAsJsonAsync($"{Base}/conversations/{ConversationId}/activities", activity);
        posted.EnsureSuccessStatusCode();
        var id = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var set = await _client.GetFromJsonAsync<JsonObject>($"{Base}/conversations/{ConversationId}/activities");
        return string.Join('\n', set!["activities"]!.AsArray()
            .Where(a => a!["replyToId"]?.GetValue<string>() == id)
            .Select(a => a!["text"]?.GetValue<string>() ?? a!["attachments"]?.ToJsonString()));
    }

    /// <summary>The status of reading another conversation's activities with this session's token.</summary>
    public async Task<System.Net.HttpStatusCode> ReadStatusAsync(string conversationId)
    {
        using var response = await _client.GetAsync($"{Base}/conversations/{conversationId}/activities");
        return response.StatusCode;
    }

    public void Dispose() => _client.Dispose();
}
