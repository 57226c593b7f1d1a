using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.MeetingRecords;

public sealed class RunSheetTests
{
    private readonly ClosingDesk _desk = ClosingDesk.Confirmed();

    private RunSheetView For(Actor viewer) => RunSheet.For(_desk.Dossier, _desk.Desk.Template, viewer).Value;

    [Fact]
    public void TheOrder_IsReview_Collective_SelfCriticisms_ThenMutualCriticismOneByOne()
    {
        var items = For(Secretary).Items;

        Assert.Equal(1 + 1 + 6 + 30, items.Count);
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.Number));
        Assert.Equal((RunSheetStep.PreviousRectification, Lead.UserId), (items[0].Step, items[0].SpeakerId));
        Assert.Equal((RunSheetStep.CollectiveExamination, Lead.UserId), (items[1].Step, items[1].SpeakerId));
        Assert.Equal(Members.Select(m => m.UserId), items.Skip(2).Take(6).Select(i => i.SpeakerId));
        Assert.All(items.Skip(2).Take(6), i => Assert.Equal(RunSheetStep.SelfCriticism, i.Step));
        var mutual = items.Skip(8).ToList();
        Assert.All(mutual, i => Assert.Equal(RunSheetStep.MutualCriticism, i.Step));
        Assert.Equal(OtherMembers.Select(m => m.UserId), mutual.Take(5).Select(i => i.SpeakerId));
        Assert.All(mutual.Take(5), i => Assert.Equal((Lead.UserId, Lead.Name), (i.SubjectId, i.SubjectName)));
        Assert.All(mutual, i => Assert.NotEqual(i.SpeakerId, i.SubjectId));
        Assert.All(items, i => Assert.True(i.ReferenceReady));
    }

    [Fact]
    public void TheLead_SeesEveryReference()
    {
        Assert.All(For(Lead).Items, i => Assert.NotNull(i.Reference));
    }

    [Fact]
    public void AMember_SeesHisOwnMaterial_HisOutlines_AndTheApprovedOutlinesAboutHim_Only()
    {
        var items = For(Li).Items;

        var seen = items.Where(i => i.Reference is not null).ToList();
        Assert.Contains(seen, i => i.Step == RunSheetStep.CollectiveExamination);
        Assert.Equal([Li.UserId], seen.Where(i => i.Step == RunSheetStep.SelfCriticism).Select(i => i.SpeakerId));
        Assert.All(seen.Where(i => i.Step == RunSheetStep.MutualCriticism), i => Assert.True(i.SpeakerId == Li.UserId || i.SubjectId == Li.UserId));
        Assert.Equal(10, seen.Count(i => i.Step == RunSheetStep.MutualCriticism));
        Assert.DoesNotContain(seen, i => i.Step == RunSheetStep.PreviousRectification);
        Assert.IsType<ExaminationMaterial>(items.Single(i => i.Step == RunSheetStep.SelfCriticism && i.SpeakerId == Li.UserId).Reference!.Content);
    }

    [Fact]
    public void TheSecretary_SeesTheReviewAndTheCirculatedCollectiveMaterial_ButNoPersonalMaterialOrOutline()
    {
        var seen = For(Secretary).Items.Where(i => i.Reference is not null).Select(i => i.Step).ToList();

        Assert.Equal([RunSheetStep.PreviousRectification, RunSheetStep.CollectiveExamination], seen);
        Assert.IsType<RectificationReview>(For(Secretary).Items[0].Reference!.Content);
    }

    [Fact]
    public void TheGroupView_HasOrderAndNames_NeverAReference()
    {
        var view = RunSheet.ForGroup(_desk.Dossier, _desk.Desk.Template).Value;

        Assert.Equal(38, view.Items.Count);
        Assert.All(view.Items, i => Assert.Null(i.Reference));
        Assert.Equal(Li.Name, view.Items[3].SpeakerName);
    }

    [Fact]
    public void AnOutlineNotApproved_IsNoReference_AndSaysSo()
    {
        var desk = ClosingDesk.Confirmed(overrideReason: "上级要求按期召开");

        var items = RunSheet.For(desk.Dossier, desk.Desk.Template, Lead).Value.Items;

        Assert.All(items.Where(i => i.Step == RunSheetStep.MutualCriticism), i => Assert.False(i.ReferenceReady));
        Assert.All(items.Where(i => i.Step == RunSheetStep.MutualCriticism), i => Assert.Null(i.Reference));
    }

    [Fact]
    public void BeforeConfirmation_OrForOutsiders_ThereIsNoRunSheet()
    {
        var preparing = MeetingDesk.SeedMeeting();

        Assert.Equal(FailureCodes.NotConfirmed, RunSheet.For(preparing.Dossier, preparing.Template, Secretary).Failure!.Code);
        Assert.Equal(FailureCodes.NotConfirmed, RunSheet.ForGroup(preparing.Dossier, preparing.Template).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, RunSheet.For(_desk.Dossier, _desk.Desk.Template, Outsider).Failure!.Code);
        Assert.Equal(FailureCodes.OtherTenant, RunSheet.For(_desk.Dossier, _desk.Desk.Template, OtherTenantLead).Failure!.Code);
    }
}
