using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Rectification;

/// <summary>
/// After the meeting, 我的任务 shows the owner the rectification tasks he still owes, each with the commands that report
/// on it (found in a trial: it listed only the overdue preparation items, never the task he had been given).
/// </summary>
public sealed class MyRectificationTasksTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task MyTasks_AfterTheMeeting_ListsTheOwnersOpenTasks_WithTheCommandsToReport_AndNotOthers()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await RectificationManagementTests.HeldMeetingAsync(chat, factory.Services.GetRequiredService<MeetingRepository>());
        await RectificationManagementTests.SayAsync(chat, "办公室", "整改 添加 张伟 2030-03-31 村道硬化承诺未兑现｜年底前完成西村道路硬化");
        await RectificationManagementTests.SayAsync(chat, "办公室", "整改 添加 李敏 2030-03-31 公车管理不规范｜建立公车使用登记制度");

        var zhang = await RectificationManagementTests.SayAsync(chat, "张伟", "我的任务");

        Assert.Contains("我的整改任务：\n- ☐ 第1项：年底前完成西村道路硬化 — 完成时限 2030-03-31 — 发送“整改 进展 1 情况”报告进展，完成后发送“整改 完成 1 佐证材料”", zhang, StringComparison.Ordinal);
        Assert.DoesNotContain("公车", zhang, StringComparison.Ordinal);

        await RectificationManagementTests.SayAsync(chat, "张伟", "整改 完成 1 西村道路已完工通车");
        Assert.DoesNotContain("我的整改任务", await RectificationManagementTests.SayAsync(chat, "张伟", "我的任务"), StringComparison.Ordinal);
    }
}
