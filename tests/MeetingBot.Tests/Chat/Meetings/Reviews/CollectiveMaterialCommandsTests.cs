using System.Text.RegularExpressions;
using MeetingBot.Chat.Meetings.Deadlines;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Reviews;

/// <summary>
/// The collective material through the HTTP pipeline: the lead drafts and circulates, members answer, the lead sends it
/// to the supervisors (督导组), whose approval finalises it.
/// </summary>
public sealed class CollectiveMaterialCommandsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Draft = "集体材料 问题：文山会海问题突出\n典型事例：一季度召开全镇性会议15次\n根源：宗旨意识淡化\n努力方向：改进作风\n整改措施：全镇性会议每月不超过2次";

    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task LeadDraftsCirculates_MembersAnswer_LeadSendsIt_TheSupervisorsApprovalFinalisesIt()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);

        Assert.Equal(CollectiveMaterialTexts.Drafted.ZhCn, MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, Draft)));
        Assert.Contains("3", MeetingTestBed.Texts(await _bed.SayConfirmedAsync(client, _bed.Lead, "传阅")), StringComparison.Ordinal);
        Assert.Contains("文山会海", MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "集体材料")), StringComparison.Ordinal);
        Assert.Equal(CollectiveMaterialTexts.Commented.ZhCn, MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "意见 典型事例还可以更具体")));
        Assert.Equal(CollectiveMaterialTexts.NoCommentRecorded.En, MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Zhang, "no comment", locale: "en-US")));

        var early = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "定稿"));
        Assert.Contains("刘洋", early, StringComparison.Ordinal);

        await _bed.SayAsync(client, _bed.Liu, "无意见");
        Assert.StartsWith("集体材料第1稿已送督导组（赵组长）审核", MeetingTestBed.Texts(await _bed.SayConfirmedAsync(client, _bed.Lead, "定稿")), StringComparison.Ordinal);
        Assert.Equal(MaterialState.UnderReview, (await StoredAsync())!.State);
        Assert.StartsWith("班子对照检查材料由督导组（赵组长）审核把关", MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "集体材料 批准")), StringComparison.Ordinal);

        Assert.StartsWith("已批准班子对照检查材料第1稿，材料已定稿", MeetingTestBed.Texts(await _bed.SayConfirmedAsync(client, _bed.Supervisor, "集体材料 批准")), StringComparison.Ordinal);
        Assert.Equal(MaterialState.Finalised, (await StoredAsync())!.State);
    }

    [Fact]
    public async Task SendingIt_WithNoSupervisorSeated_IsRefused_SayingWhomTheOfficeSeatsAndHow()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        await _bed.SayAsync(client, _bed.Lead, Draft);
        await _bed.SayConfirmedAsync(client, _bed.Lead, "传阅");
        foreach (var member in (Actor[])[_bed.Li, _bed.Zhang, _bed.Liu])
        {
            await _bed.SayAsync(client, member, "无意见");
        }

        var refused = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "定稿"));
        var refusedEn = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "collective material finalise", locale: "en-US"));

        Assert.StartsWith("本次会议没有设督导组或上级党委（组织部），班子对照检查材料无人审核，暂不能送审。", refused, StringComparison.Ordinal);
        Assert.Contains("“更改角色 @姓名 督导”", refused, StringComparison.Ordinal);
        Assert.Contains("“添加上级 @姓名”", refused, StringComparison.Ordinal);
        Assert.StartsWith("This meeting has no Supervision team or Superior committee (organisation department) seated", refusedEn, StringComparison.Ordinal);
        Assert.Contains("\"add superior @name\"", refusedEn, StringComparison.Ordinal);
        Assert.Equal(MaterialState.Circulated, (await StoredAsync())!.State);
    }

    [Fact]
    public async Task UnderReview_TheOfficeNudgesTheSupervisorAboutIt_NotTheLead()
    {
        await using var channel = await LoopbackServer.StartAsync(MeetingTestBed.AnswerSent);
        using var client = factory.CreateClient();
        await _bed.CreateAsync(withSupervisor: true);
        await _bed.SayAsync(client, _bed.Lead, Draft);
        await _bed.SayConfirmedAsync(client, _bed.Lead, "传阅");
        foreach (var member in (Actor[])[_bed.Li, _bed.Zhang, _bed.Liu])
        {
            await _bed.SayAsync(client, member, "无意见");
        }

        await _bed.SayConfirmedAsync(client, _bed.Lead, "定稿");
        await _bed.RememberPersonalChatAsync(_bed.Supervisor, channel.BaseUrl);

        var supervisor = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, "催办 赵组长 班子对照检查材料"));
        var lead = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, $"催办 {_bed.Lead.Name} 班子对照检查材料"));

        Assert.Equal(DeadlineTexts.Nudged.In(UserLocale.ZhCn, "赵组长", 1, 2), supervisor);
        Assert.Contains(DeadlineTexts.NudgeNoticeReview.In(UserLocale.ZhCn, 1, 0), Regex.Unescape(channel.Requests.First().Body), StringComparison.Ordinal);
        Assert.Equal($"{_bed.Lead.Name}目前没有待交或待审的材料，无需催办。", lead);
    }

    private Task<CollectiveMaterial?> StoredAsync() =>
        _bed.Repository.GetAsync<CollectiveMaterial>(null, DocumentId.CollectiveMaterial(_bed.MeetingId), CancellationToken.None);

    [Fact]
    public async Task IncompleteDraft_IsSaved_AndTheLeadIsToldWhatIsMissing()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var replies = await _bed.SayAsync(client, _bed.Lead, "集体材料 问题：文山会海");

        Assert.Contains(CollectiveMaterialTexts.Format.ZhCn, MeetingTestBed.Texts(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftByAMember_IsRefused_AndTheDraftIsNotShownToMembers()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        await _bed.SayAsync(client, _bed.Lead, Draft);

        var refused = await _bed.SayAsync(client, _bed.Li, "集体材料 问题：我来写");
        var shown = await _bed.SayAsync(client, _bed.Li, "集体材料");

        Assert.Equal("只有主要负责同志可以这样做。如需办理，请联系迟永生。", MeetingTestBed.Texts(refused));
        Assert.DoesNotContain("文山会海", MeetingTestBed.Texts(shown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShownInAGroup_GivesOnlyTheState()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        await _bed.SayAsync(client, _bed.Lead, Draft);
        await _bed.SayConfirmedAsync(client, _bed.Lead, "传阅");

        var replies = await _bed.SayAsync(client, _bed.Li, "集体材料", inGroup: true);

        Assert.DoesNotContain("文山会海", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        Assert.Contains("第1稿", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
    }
}
