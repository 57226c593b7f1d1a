using System.Globalization;
using MeetingBot.Chat.Meetings.Deadlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MeetingBot.Reminders;
using Quartz;

namespace MeetingBot.Tests.Chat.Meetings.Deadlines;

/// <summary>延期: the secretary moves one deadline with a reason, through the HTTP pipeline; reminders follow; others are refused.</summary>
public sealed class MoveDeadlineTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Study = "study-check-in";

    [Fact]
    public async Task Secretary_MovesTheStudyDeadline_WithAReason_AuditedAndTheRemindersFollow()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var before = seeded.Meeting.DeadlineOf(Study)!;
        var newDay = before.LocalDue.Date.AddDays(3);
        await factory.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(seeded.Meeting.Id, CancellationToken.None);
        var triggersBefore = await TriggersAsync(seeded.Meeting.Id);

        var replies = await seeded.SayAsync(client, seeded.Secretary, $"延期 学习心得 {newDay:yyyy年M月d日} 原因：下乡调研");

        var stored = (await Repository.GetMeetingAsync(null, seeded.Meeting.Id, CancellationToken.None))!;
        var after = stored.DeadlineOf(Study)!;
        Assert.Equal(newDay + before.LocalDue.TimeOfDay, after.LocalDue);
        Assert.Contains("学习情况", Assert.Single(replies), StringComparison.Ordinal);
        Assert.Contains(after.LocalDue.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), replies[0], StringComparison.Ordinal);
        // The other deadlines stay where the template put them.
        Assert.Equal(seeded.Meeting.DeadlineOf("problem-list"), stored.DeadlineOf("problem-list"));

        var entry = stored.Audit[^1];
        Assert.Equal((AuditActions.DeadlineMoved, seeded.Secretary), (entry.Action, entry.ActorId));
        Assert.Contains("下乡调研", entry.Detail, StringComparison.Ordinal);

        // The saved change raised the meeting's event: each reminder of the study deadline fires three days later than
        // before, as the deadline did (Beijing has no daylight saving; no quiet hours in the way).
        var moved = await TriggersAsync(stored.Id);
        var study = triggersBefore.Where(t => t.Key.Contains($"/{Study}/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(study);
        Assert.All(study, t => Assert.Equal(t.Value.AddDays(3), moved[t.Key]));
        Assert.Equal(study.Count, moved.Keys.Count(k => k.Contains($"/{Study}/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Secretary_WithoutAReason_IsAskedForOne_AndNothingMoves()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var day = seeded.Meeting.DeadlineOf(Study)!.LocalDue.Date.AddDays(2);

        var replies = await seeded.SayAsync(client, seeded.Secretary, $"延期 学习情况 {day:yyyy-MM-dd}");

        Assert.Equal([FailureTexts.For(Failure.Invalid(FailureCodes.DeadlineReasonRequired)).ZhCn], replies);
        Assert.Equal(seeded.Meeting.Version, (await Repository.GetMeetingAsync(null, seeded.Meeting.Id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Secretary_AskingForMoreTimeWithoutADate_IsAskedForTheDate_AndNothingMoves()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        var replies = await seeded.SayAsync(client, seeded.Secretary, "学习情况的截止时间可以往后延一延吗？");

        Assert.Equal(["请写上“学习情况”新的截止日期和原因，例如：延期 学习情况 12月20日 原因：下乡调研"], replies);
        Assert.Equal(seeded.Meeting.Version, (await Repository.GetMeetingAsync(null, seeded.Meeting.Id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Secretary_MovingAPreMeetingDeadlinePastTheMeeting_IsToldToRescheduleInstead()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var day = seeded.Meeting.LocalStart.Date.AddDays(1);

        var replies = await seeded.SayAsync(client, seeded.Secretary, $"延期 问题清单 {day:yyyy-MM-dd} 原因：出差");

        Assert.Contains("改期", Assert.Single(replies), StringComparison.Ordinal);
        Assert.Equal(seeded.Meeting.Version, (await Repository.GetMeetingAsync(null, seeded.Meeting.Id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task UnknownDeliverable_RepliesWithTheMeetingsDeliverables()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        var replies = await seeded.SayAsync(client, seeded.Secretary, "延期 年终总结 12月12日 原因：出差");

        Assert.StartsWith(DeadlineTexts.WhichDeliverable.ZhCn[..8], Assert.Single(replies), StringComparison.Ordinal);
        Assert.Contains("学习情况", replies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_InEnglish_MovesADeadline_NamedByItsEnglishName()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var day = seeded.Meeting.DeadlineOf(Study)!.LocalDue.Date.AddDays(2);
        var message = seeded.Message(seeded.Secretary, $"move deadline study check-in {day:yyyy-MM-dd} reason: field visit");
        message["locale"] = "en-US";

        var replies = await SeededMeeting.SendAsync(client, message);

        Assert.StartsWith("“Study check-in” is now due " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 18:00", Assert.Single(replies), StringComparison.Ordinal);
        Assert.Contains("field visit", replies[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lead", "只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系秘书。")]
    [InlineData("member", "截止时间由会议组织者（领导小组办公室）调整。确需延期的，请向秘书说明原因，由其办理。")]
    public async Task OtherRoles_AreRefused_WithWhoMayMoveADeadline(string who, string refusal)
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var user = who == "lead" ? seeded.Lead : seeded.Member(1);
        var day = seeded.Meeting.DeadlineOf(Study)!.LocalDue.Date.AddDays(2);

        var replies = await seeded.SayAsync(client, user, $"延期 学习情况 {day:yyyy-MM-dd} 原因：下乡调研");

        Assert.Equal([refusal], replies);
        Assert.Equal(seeded.Meeting.DeadlineOf(Study), (await Repository.GetMeetingAsync(null, seeded.Meeting.Id, CancellationToken.None))!.DeadlineOf(Study));
    }

    [Theory]
    [InlineData("zh-CN", "我想把问题清单的截止时间延期到12月20日，因为下乡调研。", "截止时间由会议组织者（领导小组办公室）调整。确需延期的，请向王秘书说明原因，由其办理。")]
    [InlineData("zh-CN", "能不能把问题清单的截止时间往后推一推？", "截止时间由会议组织者（领导小组办公室）调整。确需延期的，请向王秘书说明原因，由其办理。")]
    [InlineData("zh-CN", "问题清单能不能晚几天交？", "截止时间由会议组织者（领导小组办公室）调整。确需延期的，请向王秘书说明原因，由其办理。")]
    [InlineData("en-US", "please extend the problem list deadline to December 20 because of a field visit",
        "Deadlines are moved by the meeting's secretary. If you need more time, ask 王秘书, giving your reason.")]
    public async Task AMemberAskingForMoreTime_IsToldToAskTheSecretary_ByName(string locale, string text, string reply)
    {
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        using var client = factory.CreateClient();

        var replies = await bed.SayAsync(client, bed.Li, text, locale: locale);

        Assert.Equal(reply, MeetingTestBed.Texts(replies));
        Assert.Equal(meeting.Version, (await Repository.GetMeetingAsync(null, meeting.Id, CancellationToken.None))!.Version);
    }

    private MeetingRepository Repository => factory.Services.GetRequiredService<MeetingRepository>();

    /// <summary>The meeting's Quartz triggers: reminder key → when it fires.</summary>
    private async Task<Dictionary<string, DateTimeOffset>> TriggersAsync(string meetingId)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(meetingId)))
        {
            triggers[key.Name] = (await scheduler.GetTrigger(key))!.StartTimeUtc;
        }

        return triggers;
    }
}
