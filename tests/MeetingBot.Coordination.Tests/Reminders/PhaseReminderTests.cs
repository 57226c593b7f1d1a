using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reminders;

/// <summary>The report and rectification phases end the template's days after the meeting was held; the secretaries are reminded until each is complete.</summary>
public sealed class PhaseReminderTests
{
    [Fact]
    public void BeforeTheMeetingIsHeld_NoPhaseHasADeadline()
    {
        var desk = ClosingDesk.Confirmed();

        Assert.Empty(PhaseReminders.Deadlines(desk.Meeting, desk.Desk.Template));
        Assert.DoesNotContain(ReminderPlan.For(desk.Meeting, desk.Desk.Template), r => r.Kind == ReminderKind.PhaseDeadline);
    }

    [Fact]
    public void OnceHeld_EachPhaseIsDueItsDaysLaterAt1800_WithPushesBeforeOnTheDayAndTheDayAfter()
    {
        var desk = ClosingDesk.Confirmed();
        Assert.True(desk.Held(Secretary).IsSuccess);
        var template = desk.Desk.Template;
        var heldOn = WallClock.ToLocal(desk.Meeting.HeldAt!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Date;

        var deadlines = PhaseReminders.Deadlines(desk.Meeting, template);
        Assert.Equal([(PhaseReminders.ReportPhase, heldOn.AddDays(15).AddHours(18)), (PhaseReminders.RectificationPhase, heldOn.AddDays(90).AddHours(18))],
            deadlines.Select(d => (d.Phase, d.LocalDue)));

        var phase = ReminderPlan.For(desk.Meeting, template).Where(r => r.Kind == ReminderKind.PhaseDeadline).ToList();
        Assert.Equal(8, phase.Count);
        Assert.Contains(phase, r => r.Key == PlannedReminder.KeyOf(desk.Meeting.Id, ReminderKind.PhaseDeadline, PhaseReminders.ReportPhase, -1));
        Assert.All(phase.Where(r => r.Occurrence >= 0), r => Assert.True(r.FireAt < deadlines.Single(d => d.Phase == r.DeliverableId).Due));
    }

    [Fact]
    public void TheReportPush_GoesToTheSecretaries_UntilEveryAddresseeHasTheReport()
    {
        var desk = ClosingDesk.Confirmed();
        Assert.True(desk.Held(Secretary).IsSuccess);
        var template = desk.Desk.Template;
        var push = ReminderPlan.For(desk.Meeting, template).First(r => r.Kind == ReminderKind.PhaseDeadline && r.DeliverableId == PhaseReminders.ReportPhase);

        var before = PhaseReminders.Resolve(push, desk.Dossier, template);
        Assert.Equal([Secretary.UserId], before.Messages.Select(m => m.UserId));
        Assert.Contains("上级教育实践活动领导小组办公室、上级纪委、组织部", before.Messages[0].Text.ZhCn, StringComparison.Ordinal);

        Assert.True(desk.Brief(Lead, DateOnly.FromDateTime(desk.Meeting.LocalStart)).IsSuccess);
        Assert.True(desk.SubmitReport(Secretary).IsSuccess);
        Assert.True(desk.ApproveReport(SupervisorWu).IsSuccess);
        desk.DeliveredToAll(Secretary, DateOnly.FromDateTime(desk.Meeting.LocalStart));
        Assert.Empty(PhaseReminders.Resolve(push, desk.Dossier, template).Messages);
    }

    [Fact]
    public void TheRectificationPush_CountsOpenTasks_AndStopsWhenAllAreDone()
    {
        var desk = ClosingDesk.Confirmed();
        Assert.True(desk.Held(Secretary).IsSuccess);
        var template = desk.Desk.Template;
        var due = DateOnly.FromDateTime(desk.Meeting.LocalStart).AddMonths(1);
        Assert.True(desk.AddTasks(Secretary, new NewRectificationTask("文山会海", "会议每月不超过2次", Li.UserId, due), new NewRectificationTask("调研少", "每季度调研一次", Zhang.UserId, due)).IsSuccess);
        var push = ReminderPlan.For(desk.Meeting, template).First(r => r.Kind == ReminderKind.PhaseDeadline && r.DeliverableId == PhaseReminders.RectificationPhase);

        Assert.Contains("尚有 2 项整改任务未完成", Assert.Single(PhaseReminders.Resolve(push, desk.Dossier, template).Messages).Text.ZhCn, StringComparison.Ordinal);
        desk.Completed(Li, 1, "文件");
        desk.Update(Zhang, 2, done: true, null, "报告");
        Assert.Contains("尚有 1 项", Assert.Single(PhaseReminders.Resolve(push, desk.Dossier, template).Messages).Text.ZhCn, StringComparison.Ordinal);
        desk.Accept(Lead, 2);
        Assert.Empty(PhaseReminders.Resolve(push, desk.Dossier, template).Messages);
    }
}
