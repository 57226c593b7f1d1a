using System.Net;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Opinions;

/// <summary>
/// The public opinion form (GET/POST /opinions/{token}): phone-first, no scripts, a form token; bad input comes back
/// as the form with a Chinese message and everything typed; unknown, revoked and closed links are refused plainly.
/// </summary>
public sealed class OpinionFormPageTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task TheForm_IsOneSelfContainedChinesePage_AndAnOpinionSentArrivesOnce()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        var meeting = await bed.CreateAsync();
        var path = await OpinionForm.OpenAsync(bed, client);

        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("专题民主生活会 · 征求意见", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"0\" selected>领导班子</option>", html, StringComparison.Ordinal);
        Assert.Contains(">李敏</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(bed.Li.UserId, html, StringComparison.Ordinal);

        var token = await OpinionForm.TokenAsync(client, path);
        var (status, received) = await OpinionForm.SendAsync(client, path, "李敏同志下村调研少<b>，群众反映办事难", "老党员王大爷", OpinionForm.PlaceOf(meeting, bed.Li), token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("您的意见已收到，谢谢", received, StringComparison.Ordinal);
        // The same form sent again (a double tap) is kept once.
        Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, "李敏同志下村调研少<b>，群众反映办事难", "老党员王大爷", OpinionForm.PlaceOf(meeting, bed.Li), token)).Status);

        var opinions = (await bed.Repository.GetAsync<OpinionCollection>(null, DocumentId.Opinions(bed.MeetingId), CancellationToken.None))!.Opinions;
        var opinion = Assert.Single(opinions);
        Assert.Equal(("李敏同志下村调研少<b>，群众反映办事难", "老党员王大爷", bed.Li.UserId, OpinionSource.Masses), (opinion.Text, opinion.SignedName, opinion.AddressedTo, opinion.Source));
        Assert.Null(opinion.RecordedBy);
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_KeepingEverythingTyped()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        var path = await OpinionForm.OpenAsync(bed, client);

        var (emptyStatus, empty) = await OpinionForm.SendAsync(client, path, "   ", "张三");
        Assert.Equal(HttpStatusCode.BadRequest, emptyStatus);
        Assert.Contains("请填写意见内容。", empty, StringComparison.Ordinal);
        Assert.Contains("value=\"张三\"", empty, StringComparison.Ordinal);

        var tooLong = "会议太多" + new string('多', OpinionCollection.MaxTextLength);
        var (longStatus, longPage) = await OpinionForm.SendAsync(client, path, tooLong, "张三", "2");
        Assert.Equal(HttpStatusCode.BadRequest, longStatus);
        Assert.Contains("意见内容不超过1000字，请精简后再提交。", longPage, StringComparison.Ordinal);
        Assert.Contains(tooLong + "</textarea>", longPage, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2\" selected>", longPage, StringComparison.Ordinal);

        var (forgedStatus, forged) = await OpinionForm.SendAsync(client, path, "办事拖拉 & 推诿", token: "made-up");
        Assert.Equal(HttpStatusCode.BadRequest, forgedStatus);
        Assert.Contains("页面已过期，请核对下面的内容后重新提交。", forged, StringComparison.Ordinal);
        Assert.Contains("办事拖拉 &amp; 推诿</textarea>", forged, StringComparison.Ordinal);

        var (nobodyStatus, nobody) = await OpinionForm.SendAsync(client, path, "提给不存在的人", to: "99");
        Assert.Equal(HttpStatusCode.BadRequest, nobodyStatus);
        Assert.Contains("请从列表中选择意见提给谁。", nobody, StringComparison.Ordinal);

        // A body no person types is refused before it is read.
        using var huge = new StringContent("text=" + new string('a', OpinionFormPageLimits.TooLarge), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var hugeResponse = await client.PostAsync(path, huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hugeResponse.StatusCode);
        Assert.Contains("提交的内容过长", await hugeResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Empty((await bed.Repository.GetAsync<OpinionCollection>(null, DocumentId.Opinions(bed.MeetingId), CancellationToken.None))!.Opinions);
    }

    [Fact]
    public async Task UnknownRevokedAndForeignTokens_AreRefusedWithAPlainPage()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        var path = await OpinionForm.OpenAsync(bed, client);
        var token = await OpinionForm.TokenAsync(client, path);

        using var unknown = await client.GetAsync("/opinions/" + new string('A', 43));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("这个征求意见链接无效或已被撤销", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A form token of another link does not open this one.
        var other = new MeetingTestBed(factory);
        await other.CreateAsync();
        var otherPath = await OpinionForm.OpenAsync(other, client);
        var (foreignStatus, foreign) = await OpinionForm.SendAsync(client, otherPath, "串门的意见", token: token);
        Assert.Equal(HttpStatusCode.BadRequest, foreignStatus);
        Assert.Contains("页面已过期", foreign, StringComparison.Ordinal);

        Assert.StartsWith("征求意见已结束，链接已失效（1个）。共收到0条意见", MeetingTestBed.Texts(await bed.SayAsync(client, bed.Secretary, "结束征求意见")), StringComparison.Ordinal);
        using var revoked = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        var (postStatus, post) = await OpinionForm.SendAsync(client, path, "关闭后才写好的意见", token: token);
        Assert.Equal(HttpStatusCode.NotFound, postStatus);
        Assert.Contains("这个征求意见链接无效或已被撤销", post, StringComparison.Ordinal);
        Assert.DoesNotContain("专题民主生活会", post, StringComparison.Ordinal);

        // Opened again, it is a new link; the old one stays dead.
        var fresh = await OpinionForm.OpenAsync(bed, client);
        Assert.NotEqual(path, fresh);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(fresh)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Flooding_OneAddressIsSlowedDown_WithTheTextKept()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        var path = await OpinionForm.OpenAsync(bed, client);
        for (var i = 0; i < MeetingBot.Opinions.OpinionFormLimit.PerAddressPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, $"第{i + 1}条意见", forwardedFor: "203.0.113.9, 198.51.100.7")).Status);
        }

        // The address the proxy saw is the last one: what the person put before it changes nothing.
        var (status, html) = await OpinionForm.SendAsync(client, path, "还想再提一条", forwardedFor: "192.0.2.1, 198.51.100.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("提交过于频繁，请稍等一分钟后再提交。", html, StringComparison.Ordinal);
        Assert.Contains("还想再提一条</textarea>", html, StringComparison.Ordinal);

        // Someone else behind the same proxy is not held up.
        Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, "另一位群众的意见", forwardedFor: "198.51.100.8")).Status);
    }

    [Fact]
    public async Task TheCollectiveMaterial_IsPutOutForOpinion_OnTheSameForm()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        var meeting = await bed.CreateAsync();
        Assert.Equal("班子对照检查材料尚未印发征求意见。", MeetingTestBed.Texts(await bed.SayAsync(client, bed.Secretary, "征求意见 班子材料")));
        await CirculateMaterialAsync(bed, meeting);

        var path = await OpinionForm.OpenAsync(bed, client, "征求意见 班子材料");
        var html = await client.GetStringAsync(path);
        Assert.Contains("班子对照检查材料征求意见", html, StringComparison.Ordinal);
        Assert.Contains("问题1：班子会议多、调研少", html, StringComparison.Ordinal);
        Assert.Contains("整改措施1：每月集中调研一周", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"to\"", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, "材料对民生问题剖析不够")).Status);
        var list = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Secretary, "意见列表"));
        Assert.Contains("对班子材料", list, StringComparison.Ordinal);
        Assert.Contains("材料对民生问题剖析不够", list, StringComparison.Ordinal);
        // The team's own collection was never opened: its form is not the material's.
        Assert.False((await bed.Repository.GetAsync<OpinionCollection>(null, DocumentId.Opinions(bed.MeetingId), CancellationToken.None))!.IsOpen);

        // Closing the material's round ends its link only.
        Assert.StartsWith("征求意见已结束，链接已失效（1个）。共收到1条意见", MeetingTestBed.Texts(await bed.SayAsync(client, bed.Secretary, "结束征求意见 班子材料")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    private static async Task CirculateMaterialAsync(MeetingTestBed bed, Meeting meeting)
    {
        var content = new ExaminationMaterial([new ExaminedProblem("formalism", "班子会议多、调研少", "一季度班子会议12次")], "宗旨意识淡化。", "改进作风。", ["每月集中调研一周"], null);
        var key = DocumentId.CollectiveMaterial(bed.MeetingId);
        Assert.True((await bed.Repository.UpdateAsync<CollectiveMaterial>(null, key, stored =>
            new DraftCollectiveMaterial(stored?.Version ?? 0, content).Decide(meeting, stored, bed.Lead, DateTimeOffset.UtcNow), CancellationToken.None)).IsSuccess);
        var circulated = await bed.Repository.UpdateAsync<CollectiveMaterial>(null, key, stored =>
            new CirculateCollectiveMaterial(stored?.Version ?? 0).Decide(meeting, bed.Template, stored, bed.Lead, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.True(circulated.IsSuccess, circulated.ToString());
    }
}
