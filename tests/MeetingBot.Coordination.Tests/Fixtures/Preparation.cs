using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>Drives the seed meeting's preparation step by step, asserting every step succeeds.</summary>
public static class Preparation
{
    public static MeetingDesk StudyAndProblems(this MeetingDesk desk)
    {
        foreach (var member in SeedTeam.Members)
        {
            Assert.True(desk.Submit(member, "study-check-in", Contents.Study()).IsSuccess);
            Assert.True(desk.Submit(member, "problem-list", Contents.Problems()).IsSuccess);
        }

        return desk;
    }

    public static MeetingDesk AllTalksConfirmed(this MeetingDesk desk)
    {
        foreach (var talk in TalkPlan.For(desk.Meeting, desk.Template).Talks)
        {
            var first = Actor(desk, talk.Pair.First);
            var second = Actor(desk, talk.Pair.Second);
            Assert.True(desk.RecordTalk(first, second).IsSuccess);
            Assert.True(desk.AnswerTalk(second, first, confirm: true).IsSuccess);
        }

        return desk;
    }

    public static MeetingDesk MaterialsApproved(this MeetingDesk desk)
    {
        foreach (var member in SeedTeam.Members)
        {
            Assert.True(desk.Submit(member, "self-examination", Contents.Material()).IsSuccess);
            Assert.True(desk.Approve(ReviewerOf(member), "self-examination", member).IsSuccess);
        }

        return desk;
    }

    public static MeetingDesk OutlinesApproved(this MeetingDesk desk)
    {
        foreach (var author in SeedTeam.Members)
        {
            foreach (var target in SeedTeam.Members.Where(t => t != author))
            {
                Assert.True(desk.Submit(author, "criticism-outline", Contents.GoodOutline(), target).IsSuccess);
                Assert.True(desk.Approve(ReviewerOf(author), "criticism-outline", author, target).IsSuccess);
            }
        }

        return desk;
    }

    public static MeetingDesk CollectiveMaterialCirculatedAndAnswered(this MeetingDesk desk)
    {
        Assert.True(desk.DraftMaterial(SeedTeam.Lead, Contents.Material()).IsSuccess);
        Assert.True(desk.CirculateMaterial(SeedTeam.Lead).IsSuccess);
        foreach (var member in SeedTeam.OtherMembers)
        {
            Assert.True(desk.CommentOnMaterial(member, null).IsSuccess);
        }

        return desk;
    }

    public static MeetingDesk CollectiveMaterialFinalised(this MeetingDesk desk)
    {
        desk.CollectiveMaterialCirculatedAndAnswered();
        // The seed's template has the supervisors (督导组) review it: 定稿 sends it, their approval finalises it.
        Assert.Equal(MaterialState.UnderReview, desk.FinaliseMaterial(SeedTeam.Lead).Value.State);
        Assert.True(desk.ApproveMaterial(SeedTeam.SupervisorWu).IsSuccess);
        return desk;
    }

    public static MeetingDesk ReportedUpward(this MeetingDesk desk, DateOnly? on = null)
    {
        Assert.True(desk.Submit(SeedTeam.Secretary, "report-upward", Contents.Report(desk.Meeting, on ?? new DateOnly(2014, 6, 30))).IsSuccess);
        return desk;
    }

    public static MeetingDesk RectificationReviewed(this MeetingDesk desk)
    {
        Assert.True(desk.Submit(SeedTeam.Secretary, "rectification-review", Contents.Review()).IsSuccess);
        return desk;
    }

    public static MeetingDesk Attendance(this MeetingDesk desk, int attending)
    {
        foreach (var (member, index) in SeedTeam.Members.Select((m, i) => (m, i)))
        {
            Assert.True(desk.Submit(member, "attendance-confirmation", index < attending ? Contents.Attending() : Contents.Absent()).IsSuccess);
        }

        return desk;
    }

    /// <summary>Everything the seed template's readiness rules ask for.</summary>
    public static MeetingDesk FullyPrepared(this MeetingDesk desk) =>
        desk.StudyAndProblems().AllTalksConfirmed().MaterialsApproved().OutlinesApproved().CollectiveMaterialFinalised()
            .ReportedUpward().RectificationReviewed().Attendance(SeedTeam.Members.Length);

    /// <summary>The seed's template sends the lead's own material and outlines to the supervisors, everyone else's to the lead.</summary>
    public static Actor ReviewerOf(Actor author) => author == SeedTeam.Lead ? SeedTeam.SupervisorWu : SeedTeam.Lead;

    private static Actor Actor(MeetingDesk desk, string userId) => new(userId, desk.Meeting.NameOf(userId), SeedTeam.Tenant);
}
