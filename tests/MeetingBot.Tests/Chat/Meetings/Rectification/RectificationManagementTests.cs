using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Rectification;

/// <summary>
/// Managing the rectification list through the HTTP pipeline: the secretary and the lead correct, split and withdraw
/// tasks with a reason; an owner's "done" waits for acceptance (验收) and can be sent back; every step is in the audit
/// trail, and every role that may not act is refused in its language.
/// </summary>
public sealed class RectificationManagementTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Due = "2030-03-31";

    private MeetingRepository Repository => factory.Services.GetRequiredService<MeetingRepository>();

    [Fact]
    public async Task SeedTeam_CorrectsSplitsWithdrawsAndAccepts_InChinese_WithRefusalsAndAuditEntries()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await HeldMeetingAsync(chat, Repository);
        Assert.Equal("已添加整改任务1项（第1至1项）。", await SayAsync(chat, "办公室", $"整改 添加 张伟 {Due} 文山会海｜会议每月不超过2次"));
        Assert.Equal("已添加整改任务1项（第2至2项）。", await SayAsync(chat, "办公室", $"整改 添加 李敏 {Due} 公车管理不规范｜建立公车使用登记制度"));

        // 更正: a member may not correct another's task (nor his own); the secretary moves it to another owner, who is told.
        const string managersOnly = "只有会议组织者或主要负责同志可以更正、拆分、撤销或验收整改任务。如任务有误，请联系办公室。";
        Assert.Equal(managersOnly, await SayAsync(chat, "李敏", "整改 更正 1 责任人 李敏"));
        Assert.Equal(managersOnly, await SayAsync(chat, "张伟", "整改 更正 1 措施 会议每月不超过3次"));
        Assert.StartsWith("用法：整改 更正", await SayAsync(chat, "办公室", "整改 更正 1 会议少开"), StringComparison.Ordinal);
        Assert.Equal("参会名单中没有“钱七”。", await SayAsync(chat, "办公室", "整改 更正 1 责任人 钱七"));
        Assert.Equal("已更正第1项整改任务。", await SayAsync(chat, "办公室", "整改 更正 1 责任人：刘洋"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync("刘洋", t => t.StartsWith("第1项整改任务改由您负责：会议每月不超过2次", StringComparison.Ordinal)));
        Assert.Equal("已更正第1项整改任务。", await SayAsync(chat, "王书记", "整改 更正 1 时限 2030-04-30"));
        Assert.Equal("第1项整改任务没有变化。", await SayAsync(chat, "王书记", "整改 更正 1 时限 2030-04-30"));

        // 拆分 by the lead: the task keeps its number, the second measure is a new task with the same owner and due date.
        Assert.Equal(managersOnly, await SayAsync(chat, "刘洋", "整改 拆分 1 制定会议计划｜压缩发文数量"));
        Assert.Equal("拆分时请写出至少两项措施，用“｜”隔开。", await SayAsync(chat, "王书记", "整改 拆分 1 制定会议计划"));
        Assert.Equal("第1项整改任务已拆分为2项：第1项及新增的第3项。", await SayAsync(chat, "王书记", "整改 拆分 1 制定会议计划｜压缩发文数量"));

        // 撤销 with a reason: the owner is told; the number is never given again.
        Assert.Equal("撤销整改任务请写明理由。", await SayAsync(chat, "办公室", "整改 撤销 2"));
        Assert.Equal("第2项整改任务已撤销，理由已记录。", await SayAsync(chat, "办公室", "整改 撤销 2 与县里统一部署重复"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync("李敏", t => t == "您负责的第2项整改任务已撤销，理由：与县里统一部署重复。"));
        Assert.Equal("没有第2项整改任务。", await SayAsync(chat, "办公室", "整改 撤销 2 再撤一次"));
        Assert.Equal("已添加整改任务1项（第4至4项）。", await SayAsync(chat, "办公室", $"整改 添加 王书记 {Due} 班子调研不深入｜每季度专题调研一次"));

        // 完成 → 验收: the secretary and the lead are asked; the owner may not accept it, nor a member; sent back with a reason.
        Assert.Equal("标记完成时请附上完成的佐证。", await SayAsync(chat, "刘洋", "整改 完成 1"));
        Assert.Equal("第1项整改任务已报完成，等待会议组织者或主要负责同志验收。", await SayAsync(chat, "刘洋", "整改 完成 1 镇党委会议计划（2030年第1号）"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync("办公室", t => t.StartsWith("刘洋报告第1项整改任务已完成：制定会议计划。佐证：镇党委会议计划（2030年第1号）。", StringComparison.Ordinal)));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync("王书记", t => t.StartsWith("刘洋报告第1项整改任务已完成", StringComparison.Ordinal)));
        Assert.Contains("1. 制定会议计划 —— 责任人：刘洋，完成时限：2030-04-30，已报完成，待验收", await SayAsync(chat, "张伟", "整改"), StringComparison.Ordinal);
        Assert.StartsWith("第1项整改任务已报完成，正等待验收", await SayAsync(chat, "刘洋", "整改 进展 1 再补充"), StringComparison.Ordinal);
        Assert.Equal(managersOnly, await SayAsync(chat, "刘洋", "整改 验收 1"));
        Assert.Equal(managersOnly, await SayAsync(chat, "张伟", "整改 验收 1"));
        Assert.Equal("退回整改任务请写明理由，以便责任人继续整改。", await SayAsync(chat, "王书记", "整改 退回 1"));
        Assert.Equal("第1项整改任务已退回责任人继续整改。", await SayAsync(chat, "王书记", "整改 退回 1 计划未经党委会审议"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync("刘洋", t => t.StartsWith("您负责的第1项整改任务验收未通过，已退回继续整改。理由：计划未经党委会审议。", StringComparison.Ordinal)));
        Assert.StartsWith("第1项整改任务尚未报完成，不需要验收", await SayAsync(chat, "办公室", "整改 验收 1"), StringComparison.Ordinal);
        Assert.Equal("已记录第1项整改任务的进展。", await SayAsync(chat, "刘洋", "整改 进展 1 已提交党委会审议"));
        Assert.StartsWith("第1项整改任务已报完成", await SayAsync(chat, "刘洋", "整改 完成 1 党委会审议通过的会议计划"), StringComparison.Ordinal);
        Assert.Equal("第1项整改任务已验收，标记为完成。", await SayAsync(chat, "办公室", "整改 验收 1"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync("刘洋", t => t == "您负责的第1项整改任务已通过验收。"));
        Assert.Equal("第1项整改任务已完成。", await SayAsync(chat, "办公室", "整改 更正 1 措施 另写一条"));

        // The lead owns task 4: he may not accept his own; the secretary does.
        Assert.StartsWith("第4项整改任务已报完成", await SayAsync(chat, "王书记", "整改 完成 4 调研报告3篇"), StringComparison.Ordinal);
        Assert.Equal("不能验收自己负责的整改任务，请由会议组织者或主要负责同志验收。", await SayAsync(chat, "王书记", "整改 验收 4"));
        Assert.Equal("第4项整改任务已验收，标记为完成。", await SayAsync(chat, "办公室", "整改 验收 4"));

        var list = (await Repository.GetDossierAsync(null, meeting.Id, CancellationToken.None))!.Rectification!;
        Assert.Equal([1, 3, 4], list.Tasks.Select(t => t.Number));
        Assert.Equal(("与县里统一部署重复", chat.Id("办公室")), (list.Withdrawn.Single().Reason, list.Withdrawn.Single().ByUserId));
        Assert.Equal((chat.Id("刘洋"), "压缩发文数量", new DateOnly(2030, 4, 30)), (list.Find(3)!.OwnerId, list.Find(3)!.Measure, list.Find(3)!.DueDate));
        Assert.Equal(("党委会审议通过的会议计划", RectificationTaskState.Done), (list.Find(1)!.Evidence, list.Find(1)!.State));
        Assert.Contains(list.History, h => h.Action == AuditActions.TaskSentBack && h.ActorId == chat.Id("王书记"));
        Assert.Contains(list.History, h => h.Action == AuditActions.TaskCorrected && h.Detail == "1:owner");
        var audit = await SayAsync(chat, "办公室", "审计");
        foreach (var action in new[] { "更正整改任务", "拆分整改任务", "撤销整改任务", "报告整改完成待验收", "验收整改任务", "退回整改任务" })
        {
            Assert.Contains(action, audit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Refusals_AreInEnglish_ForAnEnglishSpeaker()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await HeldMeetingAsync(chat, Repository);
        await SayAsync(chat, "办公室", $"整改 添加 张伟 {Due} 文山会海｜会议每月不超过2次");
        await SayAsync(chat, "办公室", $"整改 添加 李敏 {Due} 公车管理不规范｜建立公车使用登记制度");

        Assert.Equal("Only the secretary or the lead corrects, splits, withdraws or accepts rectification tasks. If a task is wrong, tell 办公室.",
            await SayAsync(chat, "李敏", "rectification correct 1 owner 李敏", "en"));
        Assert.Equal("Task 1 has not been reported done, so there is nothing to accept. Its owner sends \"rectification done 1 <evidence>\" first.",
            await SayAsync(chat, "办公室", "rectification accept 1", "en"));
        Assert.Equal("Task 1 is reported done and awaits acceptance by the secretary or the lead.", await SayAsync(chat, "张伟", "rectification done 1 minutes of March", "en"));
        Assert.Equal("Sending a task back needs a reason, so the owner knows what is missing.", await SayAsync(chat, "王书记", "rectification send-back 1", "en"));
        Assert.Equal("Task 1 is accepted and done.", await SayAsync(chat, "王书记", "rectification accept 1", "en"));
        Assert.Equal("Rectification task 1 is already done.", await SayAsync(chat, "办公室", "rectification withdraw 1 duplicate", "en"));
        Assert.Equal("Withdrawing a task needs a reason.", await SayAsync(chat, "办公室", "rectification withdraw 2", "en"));
        Assert.Equal("Task 2 is withdrawn; the reason is on record.", await SayAsync(chat, "办公室", "rectification withdraw 2 duplicate of the county's plan", "en"));
    }

    /// <summary>The seed's team (办公室, 王书记 and three members), its meeting marked held as 会议已召开 leaves it.</summary>
    internal static async Task<Meeting> HeldMeetingAsync(SetupChat chat, MeetingRepository repository, DateTimeOffset? heldAt = null)
    {
        var seeded = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张伟", "李敏", "刘洋");
        var outcome = await repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(seeded.Id), stored =>
            stored! with { Status = MeetingStatus.Reporting, HeldAt = heldAt ?? stored.StartsAt.AddHours(3) }, CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
        foreach (var person in new[] { "办公室", "王书记", "张伟", "李敏", "刘洋" })
        {
            await chat.PrivatelyAsync(person, "帮助"); // each has a 1:1 chat with the bot, where notices reach him
        }

        return outcome.Value;
    }

    internal static async Task<string> SayAsync(SetupChat chat, string user, string text, string locale = "zh-CN") =>
        string.Join('\n', SetupChat.Texts(await chat.PrivatelyAsync(user, text, locale)));
}
