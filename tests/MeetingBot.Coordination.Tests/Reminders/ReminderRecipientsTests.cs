using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reminders;

public sealed class ReminderRecipientsTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private static DateTimeOffset Local(int month, int day, int hour) => new(2014, month, day, hour, 0, 0, Shanghai);

    private PlannedReminder Planned(ReminderKind kind, string? deliverableId, int occurrence) =>
        ReminderPlan.For(_desk.Meeting, _desk.Template).Single(r => r.Kind == kind && r.DeliverableId == deliverableId && r.Occurrence == occurrence);

    private ResolvedReminder Fire(PlannedReminder reminder) => ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, reminder.FireAt);

    private static string[] Ids(IEnumerable<Actor> actors) => [.. actors.Select(a => a.UserId)];

    [Fact]
    public void DeadlineReminder_GoesOnlyToThoseWhoStillOweIt()
    {
        Assert.True(_desk.Submit(Lead, "study-check-in", Contents.Study()).IsSuccess);
        Assert.True(_desk.Submit(Li, "study-check-in", Contents.Study()).IsSuccess);

        var resolved = Fire(Planned(ReminderKind.BeforeDeadline, "study-check-in", 3));

        Assert.Equal(Ids([Zhang, Liu, Chen, Yang]), resolved.Messages.Select(m => m.UserId));
    }

    [Fact]
    public void DeadlineReminder_TextNamesTheDeliverableAndTheLocalDeadline_InBothLanguages()
    {
        var message = Fire(Planned(ReminderKind.BeforeDeadline, "study-check-in", 1)).Messages.First(m => m.UserId == Zhang.UserId);

        Assert.Equal("提醒：「学习情况」将于 2014-06-25 18:00（北京时间） 截止（还有 1 天），您还有 1 项未完成。\n\n请发送“提交 学习”开始填写。", message.Text.ZhCn);
        Assert.Equal("Reminder: \"Study check-in\" is due 2014-06-25 18:00 (Asia/Shanghai) (in 1 day); you still have 1 to do.\n\nSend \"submit study\" to start.", message.Text.En);
        Assert.Equal("张伟", message.Name);
    }

    [Fact]
    public void Escalation_AtOverdueDayTwo_TellsTheSecretaryWhoIsLate()
    {
        Assert.True(_desk.Submit(Lead, "study-check-in", Contents.Study()).IsSuccess);
        Assert.True(_desk.Submit(Li, "study-check-in", Contents.Study()).IsSuccess);
        var escalation = Planned(ReminderKind.Escalation, "study-check-in", 2);

        var resolved = Fire(escalation);

        Assert.Equal(Local(6, 27, 18), escalation.FireAt);
        Assert.Equal(Ids([Secretary]), resolved.Messages.Select(m => m.UserId));
        Assert.Equal(Ids([Zhang, Liu, Chen, Yang]), resolved.Late);
        Assert.Contains("张伟、刘洋、陈静、杨帆", resolved.Messages[0].Text.ZhCn, StringComparison.Ordinal);
        Assert.Contains("2 days ago; still outstanding from: 张伟, 刘洋, 陈静, 杨帆", resolved.Messages[0].Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Escalation_WhenNobodyIsLate_ReachesNobody()
    {
        _desk.StudyAndProblems();

        Assert.True(Fire(Planned(ReminderKind.Escalation, "study-check-in", 2)).IsEmpty);
    }

    [Fact]
    public void Overdue_AfterEveryoneDelivered_ReachesNobody()
    {
        _desk.StudyAndProblems();

        Assert.True(Fire(Planned(ReminderKind.Overdue, "problem-list", 1)).IsEmpty);
    }

    [Fact]
    public void SubmittedAndAwaitingTheLeadsReview_IsNotRemindedAgain()
    {
        Assert.True(_desk.Submit(Zhang, "self-examination", Contents.Material()).IsSuccess);

        var resolved = Fire(Planned(ReminderKind.OnDeadlineDay, "self-examination", 0));

        Assert.DoesNotContain(resolved.Messages, m => m.UserId == Zhang.UserId);
        Assert.Equal(5, resolved.Messages.Count);
    }

    [Fact]
    public void ReturnedSubmission_IsRemindedAgain()
    {
        Assert.True(_desk.Submit(Zhang, "self-examination", Contents.Material()).IsSuccess);
        Assert.True(_desk.Return(Lead, "self-examination", Zhang, "典型事例不够具体").IsSuccess);

        var resolved = Fire(Planned(ReminderKind.OnDeadlineDay, "self-examination", 0));

        Assert.Contains(resolved.Messages, m => m.UserId == Zhang.UserId);
    }

    [Fact]
    public void RecordedTalk_IsOwedOnlyByThePartyWhoMustConfirmIt()
    {
        var before = ReminderRecipients.Owing(_desk.Dossier, _desk.Template, "talk-record");
        Assert.True(_desk.RecordTalk(Lead, Li).IsSuccess);

        var after = ReminderRecipients.Owing(_desk.Dossier, _desk.Template, "talk-record");

        Assert.Equal(before[Lead.UserId] - 1, after[Lead.UserId]);
        Assert.Equal(before[Li.UserId], after[Li.UserId]);
    }

    [Fact]
    public void MeetingDayNotice_GoesToEveryParticipant_WithThemeTimeAndPlace()
    {
        var resolved = Fire(Planned(ReminderKind.MeetingDay, null, 1));

        Assert.Equal(_desk.Meeting.Participants.Select(p => p.UserId), resolved.Messages.Select(m => m.UserId));
        Assert.Equal(12, resolved.Messages.Count);
        Assert.All(resolved.Messages, m =>
        {
            Assert.Contains(Theme, m.Text.ZhCn, StringComparison.Ordinal);
            Assert.Contains(Place, m.Text.En, StringComparison.Ordinal);
            Assert.Contains("2014-07-15 09:00 (Asia/Shanghai)", m.Text.En, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ReminderAheadOfADeadline_FiredAfterIt_ReachesNobody()
    {
        var reminder = Planned(ReminderKind.BeforeDeadline, "study-check-in", 1);

        var late = ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, Local(6, 25, 18).AddMinutes(1));

        Assert.True(late.IsEmpty);
    }

    [Fact]
    public void NoticeFiredAfterTheMeetingStarted_ReachesNobody()
    {
        var reminder = Planned(ReminderKind.MeetingDay, null, 0);

        Assert.True(ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, _desk.Meeting.StartsAt).IsEmpty);
    }

    [Fact]
    public void CancelledMeeting_RemindsNobody()
    {
        var reminder = Planned(ReminderKind.MeetingDay, null, 1);
        Assert.True(_desk.Change(m => new CancelMeeting(m.Version, null).Decide(m, Secretary, _desk.Now)).IsSuccess);

        Assert.True(Fire(reminder).IsEmpty);
    }

    [Fact]
    public void MeetingDayNotice_ForAThemeWrittenAsAMarkdownLink_ShowsTheLinkAsText()
    {
        var meeting = _desk.Meeting with { Theme = "[点我](http://evil.example)", Place = "**三楼**" };
        var reminder = Planned(ReminderKind.MeetingDay, null, 1);

        var resolved = ReminderRecipients.Resolve(reminder, MeetingDossier.Of(meeting), _desk.Template, reminder.FireAt);

        Assert.All(resolved.Messages, m =>
        {
            Assert.Contains(@"「\[点我\](http\://evil\.example)」", m.Text.ZhCn, StringComparison.Ordinal);
            Assert.Contains(@"\*\*三楼\*\*", m.Text.En, StringComparison.Ordinal);
            Assert.DoesNotContain("「[点我]", m.Text.ZhCn, StringComparison.Ordinal);
        });
    }
}
