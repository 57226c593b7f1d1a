using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using MeetingBot.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.WebChannel;

/// <summary>The Direct Line endpoint in the host: an invitation's token runs turns in the person's own conversation.</summary>
public sealed class DirectLineEndpointTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Base = "/v3/directline";

    [Fact]
    public async Task AMembersToken_StartsHisConversation_AndHisMessageIsAnsweredThroughTheQueue()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var token = await TokenAsync(client, seeded, seeded.Member(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);

        using var started = await client.PostAsync($"{Base}/conversations", null);
        using var again = await client.PostAsync($"{Base}/conversations", null);
        using var posted = await client.PostAsJsonAsync($"{Base}/conversations/{token.ConversationId}/activities",
            new JsonObject { ["type"] = "message", ["text"] = "我的任务", ["locale"] = "zh-CN", ["from"] = new JsonObject { ["id"] = "impostor" } });
        var set = await client.GetFromJsonAsync<JsonObject>($"{Base}/conversations/{token.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var postedId = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var activities = set!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var echo = Assert.Single(activities, a => a["id"]!.GetValue<string>() == postedId);
        Assert.Equal(seeded.Member(1), echo["from"]!["id"]!.GetValue<string>());
        Assert.Contains(activities, a => a["replyToId"]?.GetValue<string>() == postedId && a["from"]!["role"]!.GetValue<string>() == "bot");
    }

    [Fact]
    public async Task AnUpload_ReachesTheConversation_AsAnAttachmentWithADataUrl()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var token = await TokenAsync(client, seeded, seeded.Member(1));
        var pdf = "%PDF-1.4\n%测试\n"u8.ToArray();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "自查材料.pdf" },
            { new StringContent("{\"type\":\"message\",\"text\":\"附件\"}", System.Text.Encoding.UTF8, "application/vnd.microsoft.activity"), "activity", "blob" },
        };

        using var uploaded = await SendAsync(client, HttpMethod.Post, $"{Base}/conversations/{token.ConversationId}/upload?userId={seeded.Member(1)}", token.Token, form);
        using var empty = await SendAsync(client, HttpMethod.Post, $"{Base}/conversations/{token.ConversationId}/upload", token.Token,
            new MultipartFormDataContent { { new StringContent("{\"type\":\"message\"}"), "activity", "blob" } });

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        var set = await client.GetFromJsonAsync<JsonObject>($"{Base}/conversations/{token.ConversationId}/activities");
        var echo = set!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!;
        var attachment = echo["attachments"]![0]!;
        Assert.Equal("附件", echo["text"]!.GetValue<string>());
        Assert.Equal("自查材料.pdf", attachment["name"]!.GetValue<string>());
        Assert.Equal("data:application/pdf;base64," + Convert.ToBase64String(pdf), attachment["contentUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refusals_AreUniform401s_AndBadInput_IsA400()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var li = await TokenAsync(client, seeded, seeded.Member(1));
        var other = await TokenAsync(client, seeded, seeded.Member(2));

        using var missing = await client.GetAsync($"{Base}/conversations/{li.ConversationId}/activities");
        using var foreign = await SendAsync(client, HttpMethod.Get, $"{Base}/conversations/{li.ConversationId}/activities", other.Token);
        using var notAnInvitation = await SendAsync(client, HttpMethod.Post, $"{Base}/tokens/generate", "nonsense");
        using var badWatermark = await SendAsync(client, HttpMethod.Get, $"{Base}/conversations/{li.ConversationId}/activities?watermark=x", li.Token);
        using var notAnActivity = await SendAsync(client, HttpMethod.Post, $"{Base}/conversations/{li.ConversationId}/activities", li.Token, "{\"text\":\"no type\"}");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, notAnInvitation.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await foreign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnActivity.StatusCode);
    }

    private async Task<(string Token, string ConversationId)> TokenAsync(HttpClient client, SeededMeeting seeded, string userId)
    {
        var dossier = await factory.Services.GetRequiredService<MeetingBot.Meetings.Storage.MeetingRepository>().GetDossierAsync(null, seeded.Meeting.Id, CancellationToken.None);
        var issued = (await factory.Services.GetRequiredService<InvitationIssuer>()
            .IssueAsync(dossier, SeededMeeting.PersonId(userId), issuedBy: null, CancellationToken.None)).Value;
        var code = Uri.UnescapeDataString(issued.Link[(issued.Link.IndexOf("invite=", StringComparison.Ordinal) + 7)..]);
        using var response = await SendAsync(client, HttpMethod.Post, $"{Base}/tokens/generate", code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["token"]!.GetValue<string>(), body["conversationId"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string bearer, string? json = null) =>
        SendAsync(client, method, url, bearer, json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string bearer, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client.SendAsync(request);
    }
}
