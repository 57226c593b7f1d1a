using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Status;

/// <summary><c>my tasks</c>/<c>我的任务</c>: one person's list.</summary>
public sealed class PersonalTasksTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private PersonalTaskList Tasks(Coordination.Meetings.Actor actor) => PersonalTasks.For(_desk.Dossier, _desk.Template, actor, _desk.Now).Value;

    [Fact]
    public void AMembersOpenTasks_AreListedSoonestFirst()
    {
        var tasks = Tasks(Zhang);

        Assert.Equal("study-check-in", tasks.Open[0].DeliverableId);
        Assert.Equal("attendance-confirmation", tasks.Open[^1].DeliverableId);
        Assert.True(tasks.Open.Zip(tasks.Open.Skip(1)).All(p => p.First.Due <= p.Second.Due));
        Assert.Empty(tasks.Done);
    }

    [Fact]
    public void ATalkRecordedByTheOtherParty_WaitsOnMe()
    {
        _desk.RecordTalk(HeadSun, Zhang);

        var line = Tasks(Zhang).Open.Single(l => l.DeliverableId == "talk-record" && l.WithUserId == HeadSun.UserId);

        Assert.True(line.AwaitsThisPerson);
        Assert.Equal(Progress.Recorded, line.Progress);
        Assert.False(Tasks(HeadSun).Open.Single().AwaitsThisPerson);
    }

    [Fact]
    public void OverdueTasks_AreMarked()
    {
        _desk.Clock.SetUtcNow(new DateTimeOffset(2014, 6, 26, 8, 0, 0, TimeSpan.FromHours(8)));

        Assert.True(Tasks(Li).Open.Single(l => l.DeliverableId == "study-check-in").Overdue);
        Assert.False(Tasks(Li).Open.Single(l => l.DeliverableId == "problem-list").Overdue);
    }

    [Fact]
    public void DisclosedOutlines_AndTheLeadsReviewQueue_AreCounted()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        _desk.Approve(Lead, "criticism-outline", Li, Zhang);
        _desk.Submit(Liu, "criticism-outline", Contents.GoodOutline(), Zhang);

        Assert.Equal(1, Tasks(Zhang).DisclosedToMe);
        Assert.Equal(1, Tasks(Lead).AwaitingMyReview);
        Assert.Equal(0, Tasks(Zhang).AwaitingMyReview);
    }

    [Fact]
    public void TheSecretaryOwesTheReportUpwardAndTheReview_SupervisorsOweNothing()
    {
        Assert.Equal(["report-upward", "rectification-review"], Tasks(Secretary).Open.Select(l => l.DeliverableId));
        Assert.Empty(Tasks(SupervisorWu).Open);
    }

    [Fact]
    public void AnOutsider_HasNoTaskList()
    {
        Assert.Equal(FailureCodes.NotAParticipant, PersonalTasks.For(_desk.Dossier, _desk.Template, Outsider, _desk.Now).Failure!.Code);
    }
}
