using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reminders;

public sealed class ReviewWaitingReminderTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private IReadOnlyList<PlannedReminder> Daily => [.. ReminderPlan.For(_desk.Meeting, _desk.Template).Where(r => r.Kind == ReminderKind.ReviewWaiting)];

    [Fact]
    public void TheLeadIsCheckedOnEveryDay_FromTheEarliestDeadline_UntilTheMeetingsDay_At10()
    {
        // The meeting on 15 July at 09:00, the study check-in due 25 June: 25 June to 14 July (the meeting's day starts before 10:00).
        Assert.Equal(20, Daily.Count);
        Assert.Equal(new DateTimeOffset(2014, 6, 25, 10, 0, 0, TimeSpan.FromHours(8)), Daily[0].FireAt);
        Assert.Equal(new DateTimeOffset(2014, 7, 14, 10, 0, 0, TimeSpan.FromHours(8)), Daily[^1].FireAt);
        Assert.Equal(Daily.Count, Daily.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public void AnItemWaitingLongerThanADay_RemindsTheLeadOnly_AndNothingWaitingRemindsNobody()
    {
        var reminder = Daily[10];
        Assert.True(ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, _desk.Now.AddDays(2)).IsEmpty);

        _desk.Submit(Zhang, "self-examination", Contents.Material());
        Assert.True(ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, _desk.Now.AddHours(20)).IsEmpty);

        var resolved = ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, _desk.Now.AddDays(2));

        var message = Assert.Single(resolved.Messages);
        Assert.Equal(Lead.UserId, message.UserId);
        Assert.Contains("1 项材料", message.Text.ZhCn, StringComparison.Ordinal);
        Assert.Contains("已等待 2 天", message.Text.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLeadsOwnItem_RemindsTheSupervisorsWhoReviewIt_NotTheLead()
    {
        var reminder = Daily[10];
        _desk.Submit(Lead, "self-examination", Contents.Material());
        _desk.Submit(Zhang, "self-examination", Contents.Material());

        var resolved = ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, _desk.Now.AddDays(2));

        Assert.Equal([Lead.UserId, SupervisorWu.UserId, SupervisorZheng.UserId], resolved.Messages.Select(m => m.UserId).Order(StringComparer.Ordinal));
        Assert.All(resolved.Messages, m => Assert.Contains("1 项材料", m.Text.ZhCn, StringComparison.Ordinal));
    }

    [Fact]
    public void TheCollectiveMaterialSentForReview_RemindsTheSupervisorsAfterADay_NotTheLead()
    {
        var reminder = Daily[10];
        _desk.CollectiveMaterialCirculatedAndAnswered();
        Assert.Equal(Coordination.CollectiveMaterials.MaterialState.UnderReview, _desk.FinaliseMaterial(Lead).Value.State);
        Assert.True(ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, _desk.Now.AddHours(20)).IsEmpty);

        var resolved = ReminderRecipients.Resolve(reminder, _desk.Dossier, _desk.Template, _desk.Now.AddDays(2));

        Assert.Equal([SupervisorWu.UserId, SupervisorZheng.UserId], resolved.Messages.Select(m => m.UserId).Order(StringComparer.Ordinal));
        Assert.All(resolved.Messages, m => Assert.Contains("已等待 2 天", m.Text.ZhCn, StringComparison.Ordinal));
    }
}
