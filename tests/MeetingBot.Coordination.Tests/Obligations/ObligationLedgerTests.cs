using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Obligations;

public sealed class ObligationLedgerTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private IReadOnlyList<ObligationStatus> Ledger => ObligationLedger.For(_desk.Dossier, _desk.Template);

    private int Count(string deliverableId) => Ledger.Count(s => s.Obligation.DeliverableId == deliverableId);

    [Fact]
    public void NMembers_OweNTimesNMinusOneOutlines()
    {
        Assert.Equal(6 * 5, Count("criticism-outline"));
        Assert.All(Members, author => Assert.Equal(5, Ledger.Count(s => s.Obligation.DeliverableId == "criticism-outline" && s.Obligation.IsOwedBy(author.UserId))));
        Assert.DoesNotContain(Ledger, s => s.Obligation.TargetId is not null && s.Obligation.IsOwedBy(s.Obligation.TargetId));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void NMembers_OweNTimesNMinusOneOutlines_ForAnyTeamSize(int members)
    {
        var others = Enumerable.Range(1, members - 1).Select(i => new Person($"m{i}", $"成员{i}")).ToList();
        var meeting = (SeedTeam.Create() with { Members = others, DepartmentHeads = [] }).Decide(_desk.Template, Secretary, _desk.Now).Value;

        var ledger = ObligationLedger.For(MeetingDossier.Of(meeting), _desk.Template);

        Assert.Equal(members * (members - 1), ledger.Count(s => s.Obligation.DeliverableId == "criticism-outline"));
        Assert.Equal(members * (members - 1) / 2, ledger.Count(s => s.Obligation.DeliverableId == "talk-record"));
    }

    [Fact]
    public void EachMember_OwesOneStudyCheckInProblemListMaterialAndAttendance()
    {
        foreach (var id in new[] { "study-check-in", "problem-list", "self-examination", "attendance-confirmation" })
        {
            Assert.Equal(Members.Select(m => m.UserId), Ledger.Where(s => s.Obligation.DeliverableId == id).Select(s => s.Obligation.OwedBy.Single()));
        }
    }

    [Fact]
    public void EveryPlannedTalk_IsOwedByBothParties()
    {
        var talks = Ledger.Where(s => s.Obligation.DeliverableId == "talk-record").ToList();

        Assert.Equal(18, talks.Count);
        Assert.All(talks, t => Assert.Equal(2, t.Obligation.OwedBy.Count));
    }

    [Fact]
    public void TheCollectiveMaterial_IsOwedOnceByTheLead_TheReportAndTheReviewOnceByTheSecretaries()
    {
        Assert.Equal([Lead.UserId], Ledger.Single(s => s.Obligation.DeliverableId == "collective-material").Obligation.OwedBy);
        Assert.Equal(1, Count("report-upward"));
        Assert.Equal(1, Count("rectification-review"));
    }

    [Fact]
    public void WithTwoSecretaries_EitherReportsUpwardForBoth()
    {
        _desk.Change(m => new ChangeRoles(m.Version, Li.UserId, [Role.Member, Role.Secretary]).Decide(m, Secretary, _desk.Now));
        Assert.Equal([Secretary.UserId, Li.UserId], Ledger.Single(s => s.Obligation.DeliverableId == "report-upward").Obligation.OwedBy);

        _desk.Submit(Li, "report-upward", Contents.Report(_desk.Meeting, new DateOnly(2014, 6, 30)));

        Assert.True(Ledger.Single(s => s.Obligation.DeliverableId == "report-upward").IsComplete);
    }

    [Fact]
    public void Obligations_CarryTheirDeadline()
    {
        Assert.All(Ledger, s => Assert.Equal(_desk.Meeting.DeadlineOf(s.Obligation.DeliverableId)!.Due, s.Obligation.Due));
    }

    [Fact]
    public void Progress_FollowsEachDocument()
    {
        _desk.SaveDraft(Li, "self-examination", Contents.Material());
        _desk.Submit(Zhang, "self-examination", Contents.Material());
        _desk.Submit(Liu, "self-examination", Contents.Material());
        _desk.Return(Lead, "self-examination", Liu, "再深入");
        _desk.Submit(Chen, "self-examination", Contents.Material());
        _desk.Approve(Lead, "self-examination", Chen);

        var progress = Ledger.Where(s => s.Obligation.DeliverableId == "self-examination").Select(s => (s.Progress, s.IsComplete));

        Assert.Equal(
            [(Progress.NotStarted, false), (Progress.Draft, false), (Progress.Submitted, false), (Progress.Returned, false), (Progress.Approved, true), (Progress.NotStarted, false)],
            progress);
    }

    [Theory]
    [InlineData(Progress.Submitted, Completion.Submitted, true)]
    [InlineData(Progress.Returned, Completion.Submitted, false)]
    [InlineData(Progress.Submitted, Completion.Approved, false)]
    [InlineData(Progress.Recorded, Completion.Confirmed, false)]
    [InlineData(Progress.Disputed, Completion.Submitted, false)]
    [InlineData(Progress.Circulated, Completion.Finalised, false)]
    [InlineData(Progress.Finalised, Completion.Finalised, true)]
    public void AReturnedOrDisputedItem_IsNeverDone(Progress progress, Completion required, bool done)
    {
        Assert.Equal(done, CompletionRule.IsMet(progress, required));
    }
}
