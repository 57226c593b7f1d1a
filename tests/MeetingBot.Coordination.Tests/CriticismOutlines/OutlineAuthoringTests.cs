using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.CriticismOutlines;

public sealed class OutlineAuthoringTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void AMember_WritesAnOutlineForAnotherMember_KeyedByAuthorAndTarget()
    {
        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;

        Assert.Equal((Li.UserId, Zhang.UserId), (outline.AuthorId, outline.TargetId));
        Assert.Equal("meetings/dlm-2014-07/submissions/criticism-outline/m-li/m-zhang", outline.Id.ToString());
    }

    [Fact]
    public void AnOutline_NeedsATarget_WhoIsAnotherMember()
    {
        Assert.Equal(FailureCodes.TargetRequired, _desk.Submit(Li, "criticism-outline", Contents.GoodOutline()).Failure!.Code);
        Assert.Equal(FailureCodes.TargetIsSelf, _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Li).Failure!.Code);
        Assert.Equal(FailureCodes.NotAMember, _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), HeadZhao).Failure!.Code);
        Assert.Equal(FailureCodes.NotAMember, _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), SupervisorWu).Failure!.Code);
    }

    [Fact]
    public void OnlyOutlinesHaveATarget()
    {
        Assert.Equal(FailureCodes.TargetNotAllowed, _desk.Submit(Li, "study-check-in", Contents.Study(), Zhang).Failure!.Code);
    }

    [Fact]
    public void TheLead_WritesOutlinesToo_AsAMember()
    {
        Assert.True(_desk.Submit(Lead, "criticism-outline", Contents.GoodOutline(), Li).IsSuccess);
        Assert.True(_desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Lead).IsSuccess);
    }

    [Fact]
    public void PreReviewFlags_DoNotBlockSubmission_TheAuthorMaySubmitAnyway()
    {
        Assert.True(_desk.Submit(Li, "criticism-outline", Contents.WeakOutline(), Zhang).IsSuccess);
    }
}
