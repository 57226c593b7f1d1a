using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reminders;

public sealed class RectificationReminderTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly ClosingDesk _desk = WithTasks();

    private static ClosingDesk WithTasks()
    {
        var desk = ClosingDesk.Confirmed();
        Assert.True(desk.Held(Secretary).IsSuccess);
        Assert.True(desk.AddTasks(Secretary, new NewRectificationTask("文山会海", "会议每月不超过2次", Li.UserId, new DateOnly(2014, 8, 15)),
            new NewRectificationTask("调研少", "每月调研2次", Zhang.UserId, new DateOnly(2014, 8, 20))).IsSuccess);
        return desk;
    }

    private IReadOnlyList<PlannedReminder> Plan => ReminderPlan.For(_desk.Dossier, _desk.Desk.Template);

    private static DateTimeOffset Local(int month, int day, int hour = 9) => new(2014, month, day, hour, 0, 0, Shanghai);

    [Fact]
    public void EachOpenTask_IsRemindedBeforeAndOnItsDueDate_ThenChasedAndEscalated()
    {
        var task1 = Plan.Where(r => r.TaskNumber == 1).ToList();

        Assert.Equal(
        [
            (ReminderKind.RectificationDue, 3, Local(8, 12)),
            (ReminderKind.RectificationDue, 1, Local(8, 14)),
            (ReminderKind.RectificationDue, 0, Local(8, 15)),
            (ReminderKind.RectificationOverdue, 1, Local(8, 16)),
            (ReminderKind.RectificationEscalation, 2, Local(8, 17)),
        ], task1.Select(r => (r.Kind, r.Occurrence, r.FireAt)));
        Assert.Equal("meetings/dlm-2014-07/reminders/rectification-due/task-1/3", task1[0].Key);
        Assert.Equal(10, Plan.Count(r => RectificationReminders.IsRectification(r.Kind)));
        Assert.Equal(ReminderPlan.For(_desk.Meeting, _desk.Desk.Template).Count + 10, Plan.Count);
        Assert.Equal(Plan.OrderBy(r => r.FireAt).ThenBy(r => r.Key, StringComparer.Ordinal), Plan);
    }

    [Fact]
    public void ADoneTask_IsNoLongerPlanned_NorRemindedWhenAnOldTriggerFires()
    {
        var before = Plan.First(r => r.TaskNumber == 1);
        _desk.Update(Li, 1, done: true, null, "文件");

        Assert.DoesNotContain(Plan, r => r.TaskNumber == 1);
        Assert.True(ReminderRecipients.Resolve(before, _desk.Dossier, _desk.Desk.Template, Local(8, 12)).IsEmpty);
    }

    [Fact]
    public void BeforeDue_TheOwnerIsTold_InBothLanguages()
    {
        var reminder = Plan.First(r => r.TaskNumber == 1 && r.Occurrence == 3);

        var resolved = ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Desk.Template, Local(8, 12));

        var message = Assert.Single(resolved.Messages);
        Assert.Equal(Li.UserId, message.UserId);
        Assert.Contains("第1项整改任务「会议每月不超过2次」将于 2014-08-15 到期（还有 3 天）", message.Text.ZhCn, StringComparison.Ordinal);
        Assert.Contains("task 1 \"会议每月不超过2次\" is due 2014-08-15 (in 3 days)", message.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_TheOwnerIsChased_AndTheSecretaryHearsWhoIsLate()
    {
        var overdue = Plan.First(r => r.TaskNumber == 1 && r.Kind == ReminderKind.RectificationOverdue);
        var escalation = Plan.First(r => r.TaskNumber == 1 && r.Kind == ReminderKind.RectificationEscalation);

        Assert.Equal(Li.UserId, Assert.Single(ReminderRecipients.Resolve(overdue, _desk.Dossier, _desk.Desk.Template, Local(8, 16)).Messages).UserId);
        var resolved = ReminderRecipients.Resolve(escalation, _desk.Dossier, _desk.Desk.Template, Local(8, 17));
        Assert.Equal(Secretary.UserId, Assert.Single(resolved.Messages).UserId);
        Assert.Equal([Li.UserId], resolved.Late);
        Assert.Contains("责任人：李敏", resolved.Messages[0].Text.ZhCn, StringComparison.Ordinal);
        Assert.True(ReminderRecipients.Resolve(overdue, _desk.Dossier, _desk.Desk.Template, Local(8, 15)).IsEmpty);
    }

    [Fact]
    public void ADueReminderFiringAfterTheDueDate_ReachesNobody()
    {
        var due = Plan.First(r => r.TaskNumber == 1 && r.Kind == ReminderKind.RectificationDue);

        Assert.True(ReminderRecipients.Resolve(due, _desk.Dossier, _desk.Desk.Template, Local(8, 16, 0)).IsEmpty);
    }
}
