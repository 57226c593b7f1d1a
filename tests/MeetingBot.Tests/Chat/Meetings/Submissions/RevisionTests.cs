using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.Submissions.Revising;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Tests.Chat.Meetings.Reviews;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>Revising is editing (T2-3): a returned item opens with its last version and the comment, and one point changes.</summary>
public sealed class RevisionTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string NewSecondPoint = "抓工作落实不够，布置多检查少，例如春季植树任务布置后未跟踪检查，3个村未按期完成";

    [Fact]
    public async Task 成员修改被退回的提纲_只改第二点_其余各点原样保留_重新提交为第二版()
    {
        var bed = new MeetingTestBed(factory, channelId: "telegram");
        using var client = factory.CreateClient();
        var first = await bed.CreateWithOutlineAwaitingReviewAsync();
        await bed.SayAsync(client, bed.Lead, "退回 提纲1 第二点例子不具体");

        var opened = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Li, "修改提纲"));

        Assert.Contains("第二点例子不具体", opened, StringComparison.Ordinal);
        Assert.Contains("工作落实不到位，安排多督促少", opened, StringComparison.Ordinal);
        Assert.Contains(MeetingTestBed.Sentinel, opened, StringComparison.Ordinal);
        Assert.Contains("第2点 新内容", opened, StringComparison.Ordinal);

        var changed = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Li, "第二点：" + NewSecondPoint));
        Assert.Contains("已修改第 2 点", changed, StringComparison.Ordinal);
        Assert.Contains("抓工作落实不够", changed, StringComparison.Ordinal);

        var submitted = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Li, "提交"));
        Assert.Contains("第 2 版", submitted, StringComparison.Ordinal);

        var stored = (await bed.Repository.GetAsync<Submission>(null, first.Id, CancellationToken.None))!;
        var before = ((CriticismOutline)first.Latest!.Content).Points;
        var after = ((CriticismOutline)stored.Latest!.Content).Points;
        Assert.Equal((SubmissionState.Resubmitted, 2), (stored.State, stored.Latest.Number));
        Assert.Equal(before[0], after[0]);
        Assert.Equal(before[2], after[2]);
        Assert.Equal(("抓工作落实不够，布置多检查少", "春季植树任务布置后未跟踪检查，3个村未按期完成"), (after[1].Text, after[1].Example));
        Assert.Equal(3, after.Count);
        Assert.Equal(before, ((CriticismOutline)stored.Versions[0].Content).Points);
    }

    [Fact]
    public async Task 修改_第二点_随命令一起写_打开后立即改好()
    {
        var bed = new MeetingTestBed(factory, channelId: "telegram");
        using var client = factory.CreateClient();
        var first = await bed.CreateWithOutlineAwaitingReviewAsync();
        await bed.SayAsync(client, bed.Lead, "退回 提纲1 第二点例子不具体");

        var opened = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Li, "修改 第二点 " + NewSecondPoint));
        await bed.SayAsync(client, bed.Li, "提交");

        Assert.Contains("第二点例子不具体", opened, StringComparison.Ordinal);
        Assert.Contains("已修改第 2 点", opened, StringComparison.Ordinal);
        var after = ((CriticismOutline)(await bed.Repository.GetAsync<Submission>(null, first.Id, CancellationToken.None))!.Latest!.Content).Points;
        Assert.Equal("抓工作落实不够，布置多检查少", after[1].Text);
        Assert.Equal(((CriticismOutline)first.Latest!.Content).Points[0], after[0]);
    }

    [Fact]
    public async Task 我的提交_向作者显示内容和经过_不向被批评的成员显示()
    {
        var bed = new MeetingTestBed(factory, channelId: "telegram");
        using var client = factory.CreateClient();
        await bed.CreateWithOutlineAwaitingReviewAsync();
        await bed.SayAsync(client, bed.Lead, "退回 提纲1 第二点例子不具体");
        await bed.SayAsync(client, bed.Li, "修改 提纲1");
        await bed.SayAsync(client, bed.Li, "增加 对身边工作人员要求不严，例如办公室人员上班迟到未批评");
        await bed.SayAsync(client, bed.Li, "提交");

        var mine = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Li, "我的提交"));
        var theirs = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Zhang, "我的提交"));

        Assert.Contains("第 2 版内容：", mine, StringComparison.Ordinal);
        Assert.Contains("对身边工作人员要求不严", mine, StringComparison.Ordinal);
        Assert.Contains("第 1 版被迟永生退回，意见：第二点例子不具体", mine, StringComparison.Ordinal);
        Assert.Contains("修改后重新提交第 2 版", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("第二点例子不具体", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task 在卡片里改一行_只改这一点()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        var first = await bed.CreateWithOutlineAwaitingReviewAsync();
        await bed.SayAsync(client, bed.Lead, "退回 提纲1 第三点太笼统");

        var opened = await bed.SayAsync(client, bed.Li, "修改");
        var card = opened.Select(r => r?["attachments"]?[0]?["content"]).Single(c => c is not null && MeetingTestBed.AllStrings(c).Contains("Input.Text", StringComparison.Ordinal))!;
        var value = card["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Input.Text")!["value"]!.GetValue<string>();
        Assert.StartsWith("1. 宗旨意识不强 " + MeetingTestBed.Sentinel, value, StringComparison.Ordinal);
        Assert.Contains("\n2. 工作落实不到位，安排多督促少（例如：春季植树任务布置后未跟踪检查）", value, StringComparison.Ordinal);

        var edited = value.Replace("3. 对分管部门要求不严（例如：分管站所人员上班时间玩游戏未处理）", "3. 对分管站所管理不严（例如：两名工作人员上班时间玩游戏，发现后未严肃处理）", StringComparison.Ordinal);
        Assert.NotEqual(value, edited);
        await bed.SayAsync(client, bed.Li, null, value: new JsonObject { [RevisionCard.Marker] = "apply", ["part1"] = edited });
        await bed.SayAsync(client, bed.Li, "提交");

        var stored = (await bed.Repository.GetAsync<Submission>(null, first.Id, CancellationToken.None))!;
        var before = ((CriticismOutline)first.Latest!.Content).Points;
        var after = ((CriticismOutline)stored.Latest!.Content).Points;
        Assert.Equal(2, stored.Latest.Number);
        Assert.Equal(before.Take(2), after.Take(2));
        Assert.Equal(("对分管站所管理不严", "两名工作人员上班时间玩游戏，发现后未严肃处理"), (after[2].Text, after[2].Example));
    }

    [Fact]
    public async Task 修改被退回的对照检查材料_重写根源一部分_改一条措施_其余不变()
    {
        var bed = new MeetingTestBed(factory, channelId: "telegram");
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        var first = await bed.SubmitMaterialAsync(bed.Liu);
        await bed.SayAsync(client, bed.Lead, "退回 材料1 根源挖得不深");

        var opened = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Liu, "修改材料"));
        var partless = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Liu, "第1点 随便"));
        await bed.SayAsync(client, bed.Liu, "第2部分 理想信念有所动摇，放松了世界观改造");
        await bed.SayAsync(client, bed.Liu, "增加 第4部分 每月到联系村调研不少于2次");
        var submitted = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Liu, "提交"));

        Assert.Contains("第2部分 根源", opened, StringComparison.Ordinal);
        Assert.Equal(RevisionTexts.WhichPart.ZhCn, partless);
        Assert.Contains("第 2 版", submitted, StringComparison.Ordinal);
        var before = (ExaminationMaterial)first.Latest!.Content;
        var after = (ExaminationMaterial)(await bed.Repository.GetAsync<Submission>(null, first.Id, CancellationToken.None))!.Latest!.Content;
        Assert.Equal("理想信念有所动摇，放松了世界观改造", after.RootCauses);
        Assert.Equal(before.Problems, after.Problems);
        Assert.Equal(before.Direction, after.Direction);
        Assert.Equal([.. before.Measures, "每月到联系村调研不少于2次"], after.Measures);
    }

    [Fact]
    public async Task 在群里说修改_只提示到私聊_不显示内容()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateWithOutlineAwaitingReviewAsync();
        await bed.SayAsync(client, bed.Lead, "退回 提纲1 例子不具体");

        var replies = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Li, "修改提纲", inGroup: true));

        Assert.Contains("私聊", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("例子不具体", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task 别人的提纲_和审阅中的提纲_都不能修改()
    {
        var bed = new MeetingTestBed(factory, channelId: "telegram");
        using var client = factory.CreateClient();
        await bed.CreateWithOutlineAwaitingReviewAsync();

        var pending = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Li, "修改 提纲1"));
        await bed.SayAsync(client, bed.Lead, "退回 提纲1 例子不具体");
        var notHis = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Zhang, "修改 提纲1"));
        var nothing = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Liu, "修改"));

        Assert.Contains("审阅中", pending, StringComparison.Ordinal);
        Assert.Equal(RevisionTexts.NotFound.ZhCn, notHis);
        Assert.Equal(RevisionTexts.NoneReturned.ZhCn, nothing);
    }
}
