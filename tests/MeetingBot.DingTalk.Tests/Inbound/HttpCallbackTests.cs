using System.Net;
using System.Text;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.DingTalk.Inbound;
using MeetingBot.DingTalk.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.DingTalk.Tests.Inbound;

/// <summary>HTTP callback mode: the platform signs each post; anything else is refused before it touches state.</summary>
public sealed class HttpCallbackTests(HttpBed bed) : IClassFixture<HttpBed>
{
    [Fact]
    public async Task ASignedMessage_IsAnswered()
    {
        await bed.Host.AddPersonAsync("http001", "回调员");
        var before = bed.Platform.Deliveries.Count;
        using var response = await PostAsync(FakeDingTalk.Message("http001", "回调员", "帮助"), DateTimeOffset.UtcNow, FakeDingTalk.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bed.Platform.Deliveries.Skip(before), d => d.UserId == "http001");
    }

    [Fact]
    public async Task AWrongSignature_IsRefused_AndNothingIsStored()
    {
        await bed.Host.AddPersonAsync("http002", "冒充者");
        using var response = await PostAsync(FakeDingTalk.Message("http002", "冒充者", "帮助"), DateTimeOffset.UtcNow, "not-the-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync("http002");
    }

    [Fact]
    public async Task ARightlySignedMessageReplayedAfterAnHour_IsRefused()
    {
        await bed.Host.AddPersonAsync("http003", "重放者");
        using var response = await PostAsync(FakeDingTalk.Message("http003", "重放者", "帮助"), DateTimeOffset.UtcNow.AddMinutes(-61), FakeDingTalk.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync("http003");
    }

    [Fact]
    public async Task AnUnsignedPost_IsRefused()
    {
        using var client = bed.Host.CreateClient();
        using var response = await client.PostAsync(DingTalkCallbackEndpoint.Path, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnOversizeBody_IsRefused_BeforeItIsRead()
    {
        var huge = FakeDingTalk.Message("http004", "大包", new string('很', DingTalkOptions.DefaultMaxCallbackBytes));
        using var response = await PostAsync(huge, DateTimeOffset.UtcNow, FakeDingTalk.ClientSecret);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SignedGarbage_IsABadRequest_AndTheServiceKeepsAnswering()
    {
        using var garbage = await PostAsync("{\"msgId\": [", DateTimeOffset.UtcNow, FakeDingTalk.ClientSecret);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        using var missing = await PostAsync("{\"msgtype\":\"text\"}", DateTimeOffset.UtcNow, FakeDingTalk.ClientSecret);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        await bed.Host.AddPersonAsync("http005", "后来者");
        var before = bed.Platform.Deliveries.Count;
        using var fine = await PostAsync(FakeDingTalk.Message("http005", "后来者", "帮助"), DateTimeOffset.UtcNow, FakeDingTalk.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Contains(bed.Platform.Deliveries.Skip(before), d => d.UserId == "http005");
    }

    private async Task AssertNothingStoredAsync(string staffId)
    {
        var references = bed.Host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await references.GetPersonalAsync(Channels.DingTalk, staffId, CancellationToken.None));
        Assert.DoesNotContain(bed.Platform.Deliveries, d => d.UserId == staffId);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, DateTimeOffset at, string secret)
    {
        using var client = bed.Host.CreateClient();
        var timestamp = at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, DingTalkCallbackEndpoint.Path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("timestamp", timestamp);
        request.Headers.Add("sign", CallbackSignature.Compute(timestamp, secret));
        return await client.SendAsync(request);
    }
}
