using System.Text.RegularExpressions;
using MeetingBot.Chat.Meetings.Deadlines;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Localization;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Reviews;

/// <summary>
/// Review by more than one level (issue 19), through the HTTP pipeline on the seed's template: the lead's own material
/// and outlines go to the supervisors (督导组), never to himself; a reviewer can hand an item on (转交); the office can
/// nudge a supervisor; the readiness gate names whom it waits for. Refusals for every role that may not act.
/// </summary>
public sealed class ReviewLevelsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task LeadsOwnMaterial_IsReviewedByTheSupervisor_NeverApprovedByTheLeadHimself()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        var material = await _bed.SubmitMaterialAsync(_bed.Lead);
        await _bed.SubmitMaterialAsync(_bed.Li);

        var leadsQueue = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "待审"));
        var bySelf = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "批准 材料1"));
        var bySelfCard = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, null, value: CardValue(ReviewVerbs.Approve, material)));
        var supervisorsQueue = await _bed.SayAsync(client, _bed.Supervisor, "待审");
        var approved = MeetingTestBed.Texts(await _bed.SayConfirmedAsync(client, _bed.Supervisor, "批准 材料1"));

        Assert.StartsWith("等待审阅：1份", leadsQueue, StringComparison.Ordinal); // 李敏's material only
        const string ownRefusal = "你的个人对照检查材料由督导组（赵组长）审阅，本人不能批准或退回。";
        Assert.StartsWith(ownRefusal, bySelf, StringComparison.Ordinal);
        Assert.StartsWith(ownRefusal, bySelfCard, StringComparison.Ordinal);
        Assert.StartsWith("等待审阅：1份", MeetingTestBed.Texts(supervisorsQueue), StringComparison.Ordinal); // not 李敏's
        var card = MeetingTestBed.AllStrings(supervisorsQueue[1]);
        Assert.Contains("迟永生", card, StringComparison.Ordinal);
        Assert.Contains(MeetingTestBed.Sentinel, card, StringComparison.Ordinal); // the reviewer reads what he decides
        Assert.StartsWith("已批准", approved, StringComparison.Ordinal);
        var stored = await _bed.StoredAsync(material);
        Assert.Equal(SubmissionState.Approved, stored.State);
        Assert.Equal(_bed.Supervisor.UserId, stored.Reviews[^1].ByUserId);
    }

    [Fact]
    public async Task LeadsOwnOutline_GoesToTheSupervisor_AndApprovalDisclosesItToItsTarget()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        var outline = await _bed.SubmitOutlineAsync(_bed.Lead, _bed.Zhang);

        var bySelf = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "approve outline1", locale: "en-US"));
        var approved = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Supervisor, null, value: CardValue(ReviewVerbs.Approve, outline)));

        Assert.StartsWith("Your Criticism outline is reviewed by Supervision team (赵组长); you cannot approve or return your own.", bySelf, StringComparison.Ordinal);
        Assert.Contains("张伟", approved, StringComparison.Ordinal);
        Assert.NotNull((await _bed.StoredAsync(outline)).DisclosedAt);
    }

    [Theory]
    [InlineData("member", "zh-CN", "迟永生的个人对照检查材料由督导组（赵组长）审阅，你不能批准、退回或转交。")]
    [InlineData("secretary", "zh-CN", "迟永生的个人对照检查材料由督导组（赵组长）审阅，你不能批准、退回或转交。")]
    [InlineData("member", "en-US", "迟永生's Own self-examination material is reviewed by Supervision team (赵组长); you cannot approve, return or hand it on.")]
    public async Task OthersApprovingTheLeadsMaterial_AreRefusedAndToldWhoReviews_WithoutSeeingIt(string who, string locale, string refusal)
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        var material = await _bed.SubmitMaterialAsync(_bed.Lead);
        var actor = who == "member" ? _bed.Zhang : _bed.Secretary;
        var approve = locale == "en-US" ? "approve material1" : "批准 材料1";

        var typed = await _bed.SayAsync(client, actor, approve, locale: locale);
        var pressed = await _bed.SayAsync(client, actor, null, value: CardValue(ReviewVerbs.Approve, material), locale: locale);
        var queue = await _bed.SayAsync(client, actor, locale == "en-US" ? "reviews" : "待审", locale: locale);

        Assert.StartsWith(refusal, MeetingTestBed.Texts(typed), StringComparison.Ordinal);
        Assert.StartsWith(refusal, MeetingTestBed.Texts(pressed), StringComparison.Ordinal);
        Assert.Equal(locale == "en-US" ? "Only the lead can do this. Ask 迟永生 if it needs doing." : "只有主要负责同志可以这样做。如需办理，请联系迟永生。", MeetingTestBed.Texts(queue));
        foreach (var replies in (System.Text.Json.Nodes.JsonArray[])[typed, pressed, queue])
        {
            Assert.DoesNotContain(MeetingTestBed.Sentinel, MeetingTestBed.AllStrings(replies), StringComparison.Ordinal);
        }

        Assert.Equal(material.Version, (await _bed.StoredAsync(material)).Version);
    }

    [Fact]
    public async Task WhoMayReadTheLeadsMaterial_ItsAuthor_TheSupervisorWhoReviewsIt_NotOtherMembers()
    {
        await _bed.CreateAsync(withSupervisor: true);
        var leads = await _bed.SubmitMaterialAsync(_bed.Lead);
        var lis = await _bed.SubmitMaterialAsync(_bed.Li);
        var meeting = (await _bed.Repository.GetMeetingAsync(null, _bed.MeetingId, CancellationToken.None))!;

        Assert.True(Visibility.CanRead(meeting, _bed.Supervisor.UserId, leads, _bed.Template));
        Assert.True(DocumentAccess.MayDownload(meeting, _bed.Supervisor, leads, _bed.Template));
        Assert.False(Visibility.CanRead(meeting, _bed.Supervisor.UserId, lis, _bed.Template)); // a member's is the lead's to review
        Assert.False(Visibility.CanRead(meeting, _bed.Zhang.UserId, leads, _bed.Template));
        Assert.False(Visibility.CanRead(meeting, _bed.Secretary.UserId, leads, _bed.Template));
        Assert.False(DocumentAccess.MayDownload(meeting, _bed.Zhang, leads, _bed.Template));
    }

    [Fact]
    public async Task HandOn_MovesTheItemToTheSupervisor_WhoIsToldAndDecides_AndItIsOnRecord()
    {
        await using var channel = await _bed.PersonalChatsOnAFakeChannelAsync(_bed.Supervisor);
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        var outline = await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang);

        var handedOn = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "转交 提纲1 @赵组长 本人与李敏同志分工相近，请督导组把关"));
        var leadLater = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "批准 提纲1"));
        var supervisorsQueue = await _bed.SayAsync(client, _bed.Supervisor, "待审");
        var returned = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Supervisor, "退回 提纲1 典型事例不够具体"));
        var history = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "我的提交"));
        var audit = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, "审计"));

        Assert.Equal("已将提纲1转交赵组长审阅，并已通知对方。", handedOn);
        var notice = Assert.Single(channel.Requests);
        Assert.Contains("personal-chat-" + _bed.Supervisor.UserId, notice.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("迟永生将李敏的「批评发言提纲」转交您审阅，原因：本人与李敏同志分工相近", Regex.Unescape(notice.Body), StringComparison.Ordinal);
        Assert.StartsWith("李敏的批评发言提纲由赵组长审阅，你不能批准、退回或转交。", leadLater, StringComparison.Ordinal);
        var card = MeetingTestBed.AllStrings(supervisorsQueue);
        Assert.Contains("由迟永生转交，原因：本人与李敏同志分工相近", card, StringComparison.Ordinal);
        Assert.Contains(MeetingTestBed.Sentinel, card, StringComparison.Ordinal);
        Assert.StartsWith("已退回", returned, StringComparison.Ordinal);
        Assert.Contains("由迟永生转交赵组长审阅，原因：本人与李敏同志分工相近", history, StringComparison.Ordinal);
        Assert.Contains("转交审阅", audit, StringComparison.Ordinal);
        var stored = await _bed.StoredAsync(outline);
        Assert.Equal(_bed.Supervisor.UserId, stored.AssignedReviewerId);
        Assert.Equal(_bed.Supervisor.UserId, stored.Reviews[^1].ByUserId);
        Assert.Contains(stored.History, e => e.Action == AuditActions.ReviewHandedOn && e.ActorId == _bed.Lead.UserId);
    }

    [Theory]
    [InlineData("zh-CN", "转交 提纲1 赵组长 请督导组把关", "member", "只有主要负责同志可以这样做。如需办理，请联系迟永生。")]
    [InlineData("zh-CN", "转交 提纲1 刘洋 请刘洋看看", "lead", "刘洋不能审阅这份材料。可以转交给：赵组长。")]
    [InlineData("zh-CN", "转交 提纲1 赵组长", "lead", "转交需要写明原因")]
    [InlineData("zh-CN", "转交 提纲1 迟永生 我自己看", "lead", "这份材料已经由你审阅，请转交给其他审阅人。")]
    [InlineData("en-US", "hand-on outline1 刘洋 have a look", "lead", "刘洋 may not review this item. You can hand it to: 赵组长.")]
    [InlineData("en-US", "hand-on outline1 赵组长 please", "supervisor", "Only the lead can do this. Ask 迟永生 if it needs doing.")]
    public async Task HandOn_ByWhomItIsNotWith_ToSomeoneWhoMayNotReview_OrWithoutAReason_IsRefused(string locale, string text, string who, string refusal)
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        var outline = await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang);
        var actor = who switch { "member" => _bed.Zhang, "supervisor" => _bed.Supervisor, _ => _bed.Lead };

        var replies = MeetingTestBed.Texts(await _bed.SayAsync(client, actor, text, locale: locale));

        Assert.StartsWith(refusal, replies, StringComparison.Ordinal);
        var stored = await _bed.StoredAsync(outline);
        Assert.Null(stored.AssignedReviewerId);
        Assert.Equal(outline.Version, stored.Version);
    }

    [Fact]
    public async Task HandOn_InEnglish_HandsItOn()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        var outline = await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang);

        var replies = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "hand-on outline1 @赵组长 I oversee the same area", locale: "en-US"));

        Assert.Equal("outline1 handed on to 赵组长 for review; they have been told.", replies);
        Assert.Equal(_bed.Supervisor.UserId, (await _bed.StoredAsync(outline)).AssignedReviewerId);
    }

    [Fact]
    public async Task Office_NudgesTheSupervisor_WithinTheDailyLimit_AndTheGateSaysWhomItWaitsFor()
    {
        await using var channel = await _bed.PersonalChatsOnAFakeChannelAsync(_bed.Supervisor);
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        await _bed.SubmitMaterialAsync(_bed.Lead);

        var first = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, "催办 赵组长"));
        var second = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, "催办 赵组长"));
        var third = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, "催办 赵组长"));
        var gate = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, "确认会议", inGroup: true));

        Assert.Equal(DeadlineTexts.Nudged.In(UserLocale.ZhCn, "赵组长", 1, 2), first);
        Assert.Equal(DeadlineTexts.Nudged.In(UserLocale.ZhCn, "赵组长", 2, 2), second);
        Assert.StartsWith("今天已催办赵组长2次，达到每日上限。", third, StringComparison.Ordinal);
        Assert.Contains(DeadlineTexts.NudgeNoticeReview.In(UserLocale.ZhCn, 1, 0), Regex.Unescape(channel.Requests.First().Body), StringComparison.Ordinal);
        Assert.Contains("等待督导组（赵组长）审阅：迟永生的“个人对照检查材料”", gate, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, gate, StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject CardValue(string verb, Submission submission) => new()
    {
        ["verb"] = verb,
        [ReviewVerbs.KeyField] = submission.Id.ToString(),
        [ReviewVerbs.VersionField] = submission.Version,
    };
}
