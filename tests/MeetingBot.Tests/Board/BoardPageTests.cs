using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Board;

/// <summary>
/// The public board (GET /board/{token}) and its link commands: only published tasks and progress, escaped, never an
/// outline or material; the link is the secretary's to give and to revoke; unknown and revoked links are a bare 404.
/// </summary>
public sealed partial class BoardPageTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Refused = "只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。";

    [Fact]
    public async Task Board_ShowsThePublishedTasksAndProgress_EscapedWithoutOutlinesOrUnpublishedTasks()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await SeedHeldMeetingAsync(bed);
        await AddTasksAsync(bed,
            new NewRectificationTask("公车管理<script>alert('x')</script>不规范", "建立公车使用登记制度 & 台账", bed.Li.UserId, Due()),
            new NewRectificationTask("调研不深入", "每月下基层不少于4次", bed.Zhang.UserId, Due()));
        await PublishAsync(bed);
        await AddTasksAsync(bed, new NewRectificationTask("尚未公示的问题", "UNPUBLISHED-措施-9c1", bed.Liu.UserId, Due()));

        var url = LinkIn(await SayAsync(bed, client, bed.Secretary, "公示链接"));
        using var response = await client.GetAsync(new Uri(url).PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("专题民主生活会 · 整改公示", html, StringComparison.Ordinal);
        Assert.Contains("已召开，整改落实中", html, StringComparison.Ordinal);
        Assert.Contains("共2项：已完成0，整改中0，逾期0", html, StringComparison.Ordinal);
        Assert.Contains("公车管理&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;不规范", html, StringComparison.Ordinal);
        Assert.Contains("建立公车使用登记制度 &amp; 台账", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"责任人\">李敏</td>", html, StringComparison.Ordinal);
        Assert.Contains("每月下基层不少于4次", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/chat\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, html, StringComparison.Ordinal);
        Assert.DoesNotContain("5月12日王庄村", html, StringComparison.Ordinal);
        Assert.DoesNotContain("UNPUBLISHED-措施-9c1", html, StringComparison.Ordinal);

        // Asking again gives the same link while it stands.
        Assert.Equal(url, LinkIn(await SayAsync(bed, client, bed.Secretary, "board link", "en")));
    }

    [Fact]
    public async Task Board_BeforePublication_ShowsProgressButNoTask()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await SeedHeldMeetingAsync(bed);
        await AddTasksAsync(bed, new NewRectificationTask("未公示问题", "NOT-YET-PUBLIC-措施", bed.Li.UserId, Due()));

        var html = await client.GetStringAsync(new Uri(LinkIn(await SayAsync(bed, client, bed.Secretary, "公示链接"))).PathAndQuery);

        Assert.Contains("整改任务清单尚未公示", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT-YET-PUBLIC-措施", html, StringComparison.Ordinal);
        Assert.DoesNotContain("未公示问题", html, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkCommands_AreTheSecretarys_OthersAreRefusedInTheirLanguage()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await SeedHeldMeetingAsync(bed);

        Assert.Equal(Refused, await SayAsync(bed, client, bed.Li, "公示链接"));
        Assert.Equal(Refused, await SayAsync(bed, client, bed.Lead, "撤销公示链接", inGroup: true));
        Assert.Equal("Only the meeting's secretary can do this. Ask 王秘书 if it needs doing.", await SayAsync(bed, client, bed.Zhang, "board link", "en"));
        Assert.Equal("Only the meeting's secretary can do this. Ask 王秘书 if it needs doing.", await SayAsync(bed, client, bed.Zhang, "revoke board link", "en"));
        Assert.Equal("这次会议没有有效的公示栏链接。", await SayAsync(bed, client, bed.Secretary, "撤销公示链接"));
        Assert.Equal("This meeting has no active board link.", await SayAsync(bed, client, bed.Secretary, "revoke board link", "en"));
    }

    [Fact]
    public async Task RevokedAndUnknownLinks_AreTheSamePlain404_ANewLinkWorks()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await SeedHeldMeetingAsync(bed);
        await AddTasksAsync(bed, new NewRectificationTask("问题甲", "措施甲", bed.Li.UserId, Due()));
        await PublishAsync(bed);
        var path = new Uri(LinkIn(await SayAsync(bed, client, bed.Secretary, "公示链接", inGroup: true))).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        Assert.Equal("公示栏链接已撤销（1个），再打开会显示“页面不存在”。", await SayAsync(bed, client, bed.Secretary, "撤销公示链接"));

        using var revoked = await client.GetAsync(path);
        using var unknown = await client.GetAsync("/board/" + new string('A', 43));
        var revokedHtml = await revoked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(revokedHtml, await unknown.Content.ReadAsStringAsync());
        Assert.Contains("页面不存在", revokedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("措施甲", revokedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("专题民主生活会", revokedHtml, StringComparison.Ordinal);

        var fresh = new Uri(LinkIn(await SayAsync(bed, client, bed.Secretary, "公示链接"))).PathAndQuery;
        Assert.NotEqual(path, fresh);
        Assert.Contains("措施甲", await client.GetStringAsync(fresh), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Token_IsLongAndRandom()
    {
        var bed = new MeetingTestBed(factory);
        var other = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await SeedHeldMeetingAsync(bed);
        await SeedHeldMeetingAsync(other);

        var first = TokenOf(LinkIn(await SayAsync(bed, client, bed.Secretary, "公示链接")));
        var second = TokenOf(LinkIn(await SayAsync(other, client, other.Secretary, "公示链接")));

        Assert.NotEqual(first, second);
        Assert.Equal(43, first.Length); // 32 random bytes, base64url: 256 bits
        Assert.DoesNotContain(bed.MeetingId, first, StringComparison.Ordinal);
    }

    private static async Task SeedHeldMeetingAsync(MeetingTestBed bed)
    {
        await bed.CreateAsync();
        await bed.SubmitOutlineAsync(bed.Li, bed.Zhang);
        await bed.SubmitMaterialAsync(bed.Zhang);
        var outcome = await bed.Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(bed.MeetingId), stored => stored! with
        {
            Status = MeetingStatus.Reporting,
            Confirmation = new MeetingConfirmation(DateTimeOffset.UtcNow, bed.Secretary.UserId, false, null, 0),
            HeldAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
    }

    private static async Task AddTasksAsync(MeetingTestBed bed, params NewRectificationTask[] tasks)
    {
        var meeting = (await bed.Repository.GetMeetingAsync(null, bed.MeetingId, CancellationToken.None))!;
        var outcome = await bed.Repository.UpdateAsync<RectificationList>(null, DocumentId.Rectification(bed.MeetingId), stored =>
            new AddRectificationTasks(stored?.Version ?? 0, tasks).Decide(meeting, stored, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
    }

    private static async Task PublishAsync(MeetingTestBed bed)
    {
        var meeting = (await bed.Repository.GetMeetingAsync(null, bed.MeetingId, CancellationToken.None))!;
        var outcome = await bed.Repository.UpdateAsync<RectificationList>(null, DocumentId.Rectification(bed.MeetingId), stored =>
            new PublishRectificationList(stored?.Version ?? 0).Decide(meeting, stored, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
    }

    private static async Task<string> SayAsync(MeetingTestBed bed, HttpClient client, Actor from, string text, string locale = "zh-CN", bool inGroup = false) =>
        MeetingTestBed.Texts(await bed.SayAsync(client, from, text, inGroup, locale: locale));

    private static Task<string> SayAsync(MeetingTestBed bed, HttpClient client, Actor from, string text, bool inGroup) =>
        SayAsync(bed, client, from, text, "zh-CN", inGroup);

    private static DateOnly Due() => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90));

    private static string LinkIn(string reply) => LinkPattern().Match(reply) is { Success: true } match
        ? match.Value
        : throw new Xunit.Sdk.XunitException("No board link in: " + reply);

    private static string TokenOf(string url) => url[(url.LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"https?://\S+/board/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
