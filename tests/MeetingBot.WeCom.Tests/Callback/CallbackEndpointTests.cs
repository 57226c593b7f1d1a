using System.Net;
using MeetingBot.Coordination.People;
using MeetingBot.WeCom.Tests.Fake;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.WeCom.Tests.Callback;

/// <summary>The callback URL through the host's HTTP pipeline: verification, the directory gate, and bad input refused with nothing stored.</summary>
public sealed class CallbackEndpointTests
{
    [Fact]
    public async Task UrlVerification_EchoesTheDecryptedEchostr()
    {
        await using var host = await WeComHost.StartAsync();
        var (query, echo) = host.Platform.Verification("5927782489442352469");
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/api/wecom" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(echo, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownWeComUser_IsRefusedPolitelyNamingTheOffice_AndNothingIsCreated()
    {
        await using var host = await WeComHost.StartAsync();
        await host.AddPersonAsync("办公室", "office01", OrganisationRole.Organiser);
        using var response = await host.SayAsync("stranger", "新建会议");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = Assert.Single(host.Platform.To("stranger"));
        Assert.Contains("人员名录", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("办公室", refusal.Text, StringComparison.Ordinal);
        var directory = await host.Services.GetRequiredService<MeetingBot.People.PeopleDirectoryStore>().GetAsync(CancellationToken.None);
        Assert.Single(directory.People);
    }

    [Fact]
    public async Task AFileThePlatformCannotServe_RunsNoTurn_AndNothingIsFetchedFromElsewhere()
    {
        await using var host = await WeComHost.StartAsync();
        await host.AddPersonAsync("张伟", "zhangwei");
        // A file message whose media_id the platform does not know (expired after three days, or made up).
        using var response = await host.PostAsync(host.Platform.Callback(
            WeComHost.Fields("zhangwei", "file", ("MediaId", "MEDIA-unknown"), ("FileName", "材料.docx"), ("MsgId", "42"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, host.Platform.MediaDownloads);
        Assert.Empty(host.Platform.Deliveries);
    }

    [Fact]
    public async Task KnownWeComUser_GetsTheBotsAnswerInTheirChatWithTheApplication()
    {
        await using var host = await WeComHost.StartAsync();
        await host.AddPersonAsync("张伟", "zhangwei");
        using var response = await host.SayAsync("zhangwei", "帮助");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = host.Platform.To("zhangwei").ToList();
        Assert.NotEmpty(answer);
        Assert.All(answer, a => Assert.Equal(FakeWeCom.AgentId, a.Payload["agentid"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ExpiredToken_IsRefreshedAndTheAnswerStillArrives()
    {
        await using var host = await WeComHost.StartAsync();
        await host.AddPersonAsync("李敏", "limin");
        (await host.SayAsync("limin", "帮助")).Dispose();
        var before = host.Platform.To("limin").Count();
        host.Platform.ExpireTokens();
        (await host.SayAsync("limin", "帮助")).Dispose();
        Assert.True(host.Platform.To("limin").Count() > before);
        Assert.Equal(2, host.Platform.TokensIssued);
    }

    [Fact]
    public async Task BadCallbacks_AreRefusedOrIgnored_NothingSent_AndTheServiceKeepsAnswering()
    {
        await using var host = await WeComHost.StartAsync();
        await host.AddPersonAsync("刘洋", "liuyang");
        var good = host.Platform.Callback(WeComHost.Fields("liuyang", "text", ("Content", "帮助"), ("MsgId", "1")));

        // Wrong signature.
        using (var r = await host.PostAsync((good.Query.Replace("msg_signature=", "msg_signature=0", StringComparison.Ordinal), good.Body)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }

        // Replayed: a correctly signed callback from an hour ago.
        using (var r = await host.PostAsync(host.Platform.Callback(WeComHost.Fields("liuyang", "text", ("Content", "帮助"), ("MsgId", "2")), DateTimeOffset.UtcNow.AddHours(-1))))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }

        // Corrupt ciphertext, correctly signed.
        var crypto = new MeetingBot.WeCom.Callback.WeComCrypto(FakeWeCom.Token, FakeWeCom.EncodingAesKey, FakeWeCom.CorpId);
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string corrupt = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        using (var r = await host.PostAsync(($"?msg_signature={crypto.Sign(ts, "1", corrupt)}&timestamp={ts}&nonce=1", $"<xml><Encrypt><![CDATA[{corrupt}]]></Encrypt></xml>")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }

        // Oversize body.
        using (var r = await host.PostAsync((good.Query, "<xml><Encrypt>" + new string('A', 200_000) + "</Encrypt></xml>")))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        }

        // Not XML, and an external entity.
        using (var r = await host.PostAsync((good.Query, "{\"json\":true}")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }

        using (var r = await host.PostAsync((good.Query, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }

        // Unknown message types: answered 200 (WeCom would retry otherwise), ignored.
        using (var r = await host.PostAsync(host.Platform.Callback(WeComHost.Fields("liuyang", "location", ("Location_X", "23.1"), ("MsgId", "3")))))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        using (var r = await host.PostAsync(host.Platform.Callback(WeComHost.Fields("liuyang", "event", ("Event", "enter_agent")))))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        Assert.Empty(host.Platform.Deliveries);
        using (var r = await host.PostAsync(good))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        Assert.NotEmpty(host.Platform.To("liuyang"));

        // The same callback again (WeCom retries what it thinks unanswered): one answer, not two.
        var answered = host.Platform.To("liuyang").Count();
        (await host.PostAsync(good)).Dispose();
        Assert.Equal(answered, host.Platform.To("liuyang").Count());
    }

    [Fact]
    public async Task GetWithAWrongSignature_IsRefused()
    {
        await using var host = await WeComHost.StartAsync();
        var (query, _) = host.Platform.Verification("123");
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/api/wecom" + query.Replace("msg_signature=", "msg_signature=f", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
