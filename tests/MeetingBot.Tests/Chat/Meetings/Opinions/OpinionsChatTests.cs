using System.Net;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.Opinions;

namespace MeetingBot.Tests.Chat.Meetings.Opinions;

/// <summary>
/// 查摆问题 as the seed runs it, through the HTTP pipeline: the office collects opinions (群众提) on the public form,
/// records what the superior pointed out (上级点) and the team agreed (集体议), sorts them (merge, assign, mark), and
/// each member answers his own (认账 or 说明情况). Roles that may not act are refused in their language.
/// </summary>
public sealed class OpinionsChatTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task TheOffice_CollectsSortsAndAssigns_AndTheMemberAnswers_InChinese()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        var meeting = await bed.CreateAsync();

        var opened = await Say(bed, client, bed.Secretary, "开始征求意见");
        Assert.StartsWith("【专题民主生活会】征求意见已开始。", opened, StringComparison.Ordinal);
        var path = await OpinionForm.OpenAsync(bed, client);
        Assert.Contains(path, opened, StringComparison.Ordinal); // asked again: the same link while it stands

        Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, "村里道路硬化拖了两年，李敏同志答应的事没落实", to: OpinionForm.PlaceOf(meeting, bed.Li))).Status);
        Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, "道路硬化的事一直没落实", "村民老赵")).Status);
        Assert.Equal("已录入意见3（上级点），已交李敏回应。", await Say(bed, client, bed.Lead, "上级点 李敏：分管领域安全生产检查走过场"));
        Assert.Equal("已录入意见4（集体议），提给领导班子。", await Say(bed, client, bed.Secretary, "集体议 班子：会议多、落实少"));

        var list = await Say(bed, client, bed.Secretary, "意见列表");
        Assert.Contains("【专题民主生活会】意见（共4条）", list, StringComparison.Ordinal);
        Assert.Contains("意见1．[群众提] 李敏；匿名；待梳理", list, StringComparison.Ordinal);
        Assert.Contains("意见2．[群众提] 领导班子；村民老赵；待梳理", list, StringComparison.Ordinal);
        Assert.Contains("意见3．[上级点] 李敏；匿名；交李敏，待回应", list, StringComparison.Ordinal);

        Assert.Equal("意见2已并入意见1。", await Say(bed, client, bed.Secretary, "合并意见 2 到 1"));
        Assert.Equal("意见1已交李敏回应，已通知本人。", await Say(bed, client, bed.Secretary, "交办意见 1 李敏"));
        Assert.Equal("意见1已标记为：属实。", await Say(bed, client, bed.Secretary, "核实意见 1 属实"));
        Assert.Equal("意见4已标记为：不符。", await Say(bed, client, bed.Secretary, "核实意见4 不符"));
        Assert.Equal("意见2已并入意见1，请对意见1操作。", await Say(bed, client, bed.Secretary, "交办意见 2 张伟"));

        var mine = await Say(bed, client, bed.Li, "我的意见");
        Assert.StartsWith("交办给你回应的意见（共2条）", mine, StringComparison.Ordinal);
        Assert.Contains("村里道路硬化拖了两年", mine, StringComparison.Ordinal);
        Assert.Contains("分管领域安全生产检查走过场", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("会议多、落实少", mine, StringComparison.Ordinal);

        Assert.Contains("还有2条交办给你的意见待回应（意见1、意见3），发送“我的意见”查看。", await Say(bed, client, bed.Li, "我的任务"), StringComparison.Ordinal);
        Assert.Equal("已记录你对意见1的回应：认账。", await Say(bed, client, bed.Li, "回应意见 1 认账"));
        Assert.Equal("说明情况时请写明理由，如：说明意见 3 该项目已于5月完成验收。", await Say(bed, client, bed.Li, "回应意见 3 说明"));
        Assert.Equal("已记录你对意见3的回应：说明情况：检查记录齐全，已补充暗访。", await Say(bed, client, bed.Li, "回应意见 3 说明：检查记录齐全，已补充暗访。"));

        var sorted = (await bed.Repository.GetAsync<OpinionCollection>(null, DocumentId.Opinions(bed.MeetingId), CancellationToken.None))!;
        Assert.Equal(1, sorted.Find(2)!.MergedInto);
        Assert.Equal((bed.Li.UserId, OpinionVerdict.True, OpinionAnswerKind.Acknowledged), (sorted.Find(1)!.AssigneeId, sorted.Find(1)!.Verdict!.Value, sorted.Find(1)!.Answer!.Kind));
        Assert.Equal(OpinionSource.Collective, sorted.Find(4)!.Source);
        // The trail says who did what, never the opinion's text.
        Assert.Equal(
            ["opinions.opened", "opinions.received", "opinions.received", "opinions.recorded", "opinions.recorded", "opinions.merged", "opinions.assigned", "opinions.marked", "opinions.marked", "opinions.answered", "opinions.answered"],
            sorted.History.Select(h => h.Action));
        Assert.DoesNotContain(sorted.History, h => h.Detail?.Contains("道路", StringComparison.Ordinal) == true);
        Assert.Equal(bed.Li.UserId, sorted.History[^1].ActorId);
        var audit = await Say(bed, client, bed.Secretary, "审计");
        Assert.Contains("征求意见表（公开链接）", audit, StringComparison.Ordinal);
        Assert.Contains("交办意见", audit, StringComparison.Ordinal);
        Assert.Contains("回应意见", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("道路", audit, StringComparison.Ordinal);

        Assert.StartsWith("征求意见已结束，链接已失效（1个）。共收到2条意见", await Say(bed, client, bed.Secretary, "结束征求意见"), StringComparison.Ordinal);
        Assert.Equal("征求意见尚未开始或已经结束。要开始，请发送“开始征求意见”。", await Say(bed, client, bed.Secretary, "结束征求意见"));
    }

    [Fact]
    public async Task InEnglish_TheSameStepsRead()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();

        Assert.StartsWith("[专题民主生活会] Opinions are being collected.", await Say(bed, client, bed.Secretary, "open opinions", "en"), StringComparison.Ordinal);
        Assert.Equal("Recorded opinion 1 (Pointed out by superiors), given to 张伟 to answer.", await Say(bed, client, bed.Secretary, "superior 张伟: rarely checks on the stations", "en"));
        Assert.Equal("Opinion 1 marked: mostly true.", await Say(bed, client, bed.Secretary, "mark opinion 1 mostly true", "en"));
        Assert.Contains("rarely checks on the stations", await Say(bed, client, bed.Zhang, "my opinions", "en"), StringComparison.Ordinal);
        Assert.Equal("Your answer to opinion 1 is recorded: accepted.", await Say(bed, client, bed.Zhang, "answer opinion 1 accept", "en"));
        Assert.Equal("Write it like this: answer opinion 3 accept, or answer opinion 3 explain why.", await Say(bed, client, bed.Zhang, "answer opinion 1 maybe", "en"));
        Assert.StartsWith("Opinions are closed and the link no longer works (1).", await Say(bed, client, bed.Secretary, "close opinions", "en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesThatMayNotAct_AreRefused_SayingWhatToDo()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        await Say(bed, client, bed.Secretary, "集体议 李敏：调研少");

        const string SecretaryOnly = "只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。";
        Assert.Equal(SecretaryOnly, await Say(bed, client, bed.Li, "征求意见"));
        Assert.Equal(SecretaryOnly, await Say(bed, client, bed.Lead, "开始征求意见"));
        Assert.Equal(SecretaryOnly, await Say(bed, client, bed.Lead, "合并意见 1 到 2"));
        Assert.Equal(SecretaryOnly, await Say(bed, client, bed.Zhang, "交办意见 1 张伟"));
        Assert.Equal(SecretaryOnly, await Say(bed, client, bed.Li, "核实意见 1 不符"));
        Assert.Equal(SecretaryOnly, await Say(bed, client, bed.Liu, "结束征求意见"));
        Assert.Equal("只有会议组织者（领导小组办公室）或主要负责同志可以录入上级点、集体议的问题，请交王秘书或迟永生录入。", await Say(bed, client, bed.Zhang, "上级点 李敏：不深入"));
        Assert.Equal("Only the meeting's secretary can do this. Ask 王秘书 if it needs doing.", await Say(bed, client, bed.Zhang, "merge opinion 1 into 2", "en"));
        Assert.Equal("只有被交办的班子成员本人可以回应这条意见。发送“我的意见”查看交办给你的意见。", await Say(bed, client, bed.Lead, "回应意见 1 认账"));
        Assert.Equal("请写明交给哪位班子成员，如：交办意见 3 李敏。", await Say(bed, client, bed.Secretary, "交办意见 1 王秘书"));
        Assert.Equal("没有找到意见9。发送“意见列表”（秘书）或“我的意见”查看编号。", await Say(bed, client, bed.Secretary, "核实意见 9 属实"));
    }

    private static async Task<string> Say(MeetingTestBed bed, HttpClient client, Coordination.Meetings.Actor from, string text, string locale = "zh-CN") =>
        MeetingTestBed.Texts(await bed.SayAsync(client, from, text, locale: locale));
}
