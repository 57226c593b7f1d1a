using System.Globalization;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>新建会议 closer than the template's lead time: before creation the plan is followed by what will already be late.</summary>
public sealed class LeadTimeWarningTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task AMeetingTenDaysAway_OnATwentyDayTemplate_WarnsAndListsTheDeadlinesAlreadyPast_ThenIsCreatedAsAsked()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(10);
        foreach (var answer in new[] { "新建会议", "专题民主生活会", "深刻领会新思想", $"{day:yyyy年M月d日} 上午9点", "第一会议室", "默认" })
        {
            await SayAsync(chat, answer);
        }

        await SayAsync(chat, "", "王书记");
        await SayAsync(chat, "", "张三", "李四");
        await SayAsync(chat, "跳过");
        var plan = await SayAsync(chat, "跳过");

        Assert.Equal(3, plan.Count);
        var warning = plan[1];
        Assert.StartsWith(LeadTimeWarning.Heading.In(UserLocale.ZhCn, 20, 9)[..8], warning, StringComparison.Ordinal);
        Assert.Contains("约 20 天", warning, StringComparison.Ordinal);
        foreach (var late in new[] { "学习情况", "问题清单", "谈心谈话记录" })
        {
            Assert.Contains("- " + late + "：", warning, StringComparison.Ordinal);
        }

        // Due today at 18:00 (late or not by the hour of the run) and later: the self-examination is not late.
        Assert.DoesNotContain("个人对照检查材料", warning, StringComparison.Ordinal);
        Assert.Contains("延期", warning, StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskConfirm.ZhCn, plan[^1]);

        // A warning, not a refusal: the secretary may still create it.
        await SayAsync(chat, "是");
        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), meeting.LocalStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static async Task<List<string>> SayAsync(SetupChat chat, string text, params string[] mentioned) =>
        SetupChat.Texts(await chat.InTeamAsync("办公室", text, "zh-CN", mentioned));
}
