using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Opinions;

/// <summary>
/// The opinions assigned to a member stand in his problem list document: filed as the collection says, once, at the
/// version read; only whom an opinion is for reads them there.
/// </summary>
public sealed class FileOpinionsTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void AnOpinionForLi_IsFiledInHisList_OnceAndAtTheVersionRead()
    {
        var collection = Recorded(Li);

        var filed = File(null, collection, Li).Value;
        Assert.Equal([new FiledOpinion(1, "superiors", "安全生产检查走过场", null)], filed.Opinions);
        Assert.Equal((1, SubmissionState.Draft, null), (filed.Version, filed.State, filed.Draft));
        Assert.Equal(AuditActions.OpinionsFiled, filed.History[^1].Action);
        Assert.Equal(FailureCodes.OpinionsAlreadyFiled, File(filed, collection, Li).Failure!.Code);
        Assert.Equal(FailureCodes.StaleVersion, new FileOpinions(0, Li.UserId).Decide(_desk.Meeting, _desk.Template, filed, collection, Secretary, _desk.Now).Failure!.Code);
        Assert.Empty(FileOpinions.Of(collection, Zhang.UserId));
    }

    [Fact]
    public void AChange_TouchesOnlyTheMembersWhoseOpinionsChanged()
    {
        var collection = Recorded(Li);
        Assert.Equal([Li.UserId], FileOpinions.Touched(null, collection));

        var answered = new AnswerOpinion(1, 1, OpinionAnswerKind.Acknowledged, null).Decide(_desk.Meeting, collection, Li, _desk.Now).Value;
        Assert.Equal([Li.UserId], FileOpinions.Touched(collection, answered));

        var reassigned = new AssignOpinion(2, 1, Zhang.UserId).Decide(_desk.Meeting, answered, Secretary, _desk.Now).Value;
        Assert.Equal([Li.UserId, Zhang.UserId], FileOpinions.Touched(answered, reassigned).Order(StringComparer.Ordinal));
        Assert.Empty(FileOpinions.Touched(reassigned, reassigned));
    }

    [Fact]
    public void TheFiledOpinions_AreReadByTheMemberAndTheLead_NotByAnotherReviewer()
    {
        var filed = File(null, Recorded(Li), Li).Value with
        {
            Versions = [new SubmissionVersion(1, Fixtures.Contents.Problems(), _desk.Now)],
            State = SubmissionState.Submitted,
        };
        // A template whose problem lists a supervisor reviews (none of the seed's do): he reads the list, not the opinions.
        var template = ReviewedBySupervisors(_desk.Template);

        Assert.Single(Visibility.Read(_desk.Meeting, Li, filed, template).Value.Opinions);
        Assert.Single(Visibility.Read(_desk.Meeting, Lead, filed, template).Value.Opinions);
        Assert.Empty(Visibility.Read(_desk.Meeting, SupervisorWu, filed, template).Value.Opinions);
        Assert.False(Visibility.Read(_desk.Meeting, Zhang, filed, template).IsSuccess);
        Assert.False(Visibility.Read(_desk.Meeting, Secretary, filed, template).IsSuccess);
    }

    private OpinionCollection Recorded(Actor member) =>
        new RecordOpinion(0, "安全生产检查走过场", OpinionSource.Superior, member.UserId).Decide(_desk.Meeting, null, Lead, _desk.Now).Value;

    private Outcome<Submission> File(Submission? stored, OpinionCollection collection, Actor member) =>
        new FileOpinions(stored?.Version ?? 0, member.UserId).Decide(_desk.Meeting, _desk.Template, stored, collection, Secretary, _desk.Now);

    private static ProcessTemplate ReviewedBySupervisors(ProcessTemplate template) => template with
    {
        Deliverables = [.. template.Deliverables.Select(d => d.Kind == DeliverableKind.ProblemList
            ? d with { RequiresApproval = true, ReviewerRules = [new ReviewerRule(Role.Member, [Role.Supervisor])] }
            : d)],
    };
}
