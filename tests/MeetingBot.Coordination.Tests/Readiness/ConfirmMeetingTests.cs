using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Readiness;

public sealed class ConfirmMeetingTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void Meeting_IsNotConfirmed_WhilePreparationIsIncomplete()
    {
        var outcome = _desk.Confirm(Secretary);

        Assert.Equal(FailureKind.NotReady, outcome.Failure!.Kind);
        Assert.Equal(FailureCodes.MeetingNotReady, outcome.Failure.Code);
        Assert.NotNull(outcome.Failure.Readiness);
        Assert.Equal(MeetingStatus.Preparing, _desk.Meeting.Status);
        Assert.Equal(1, _desk.Meeting.Version);
    }

    [Fact]
    public void TheRefusal_CountsWhatIsMissing()
    {
        // Everything done but the criticism outlines: each of the six members owes one about each of the other five.
        _desk.StudyAndProblems().AllTalksConfirmed().MaterialsApproved().CollectiveMaterialFinalised()
            .ReportedUpward().RectificationReviewed().Attendance(Members.Length);

        var outcome = _desk.Confirm(Secretary);

        Assert.Equal(FailureCodes.MeetingNotReady, outcome.Failure!.Code);
        Assert.Equal("30", outcome.Failure.Data["missing"]);
    }

    [Fact]
    public void AReadyMeeting_IsConfirmedByTheSecretary_AndRecorded()
    {
        _desk.FullyPrepared();

        var meeting = _desk.Confirm(Secretary).Value;

        Assert.Equal(MeetingStatus.Confirmed, meeting.Status);
        Assert.Equal(new MeetingConfirmation(_desk.Now, Secretary.UserId, false, null, 0), meeting.Confirmation);
        Assert.Equal(AuditActions.MeetingConfirmed, meeting.Audit[^1].Action);
    }

    [Fact]
    public void OnlyTheLead_MayOverride_WithAReasonThatIsRecorded()
    {
        Assert.Equal(FailureCodes.LeadOnly, _desk.Confirm(Secretary, "上级要求按期召开").Failure!.Code);
        Assert.Equal(FailureCodes.OverrideReasonRequired, _desk.Confirm(Lead, " ").Failure!.Code);

        // Everything done but the 30 criticism outlines (six members, each about the other five).
        _desk.StudyAndProblems().AllTalksConfirmed().MaterialsApproved().CollectiveMaterialFinalised()
            .ReportedUpward().RectificationReviewed().Attendance(Members.Length);
        var meeting = _desk.Confirm(Lead, "上级要求按期召开，未完成事项会后补齐").Value;

        Assert.Equal(MeetingStatus.Confirmed, meeting.Status);
        Assert.Equal(new MeetingConfirmation(_desk.Now, Lead.UserId, true, "上级要求按期召开，未完成事项会后补齐", 30), meeting.Confirmation);
        Assert.Equal((AuditActions.MeetingConfirmedByOverride, "上级要求按期召开，未完成事项会后补齐"), (meeting.Audit[^1].Action, meeting.Audit[^1].Detail));
    }

    [Fact]
    public void TheLead_ConfirmsAReadyMeetingWithoutAnOverride()
    {
        _desk.FullyPrepared();

        var meeting = _desk.Confirm(Lead, "理由").Value;

        Assert.False(meeting.Confirmation!.Overridden);
        Assert.Equal(AuditActions.MeetingConfirmed, meeting.Audit[^1].Action);
    }

    [Fact]
    public void MembersAndSupervisors_DoNotConfirm()
    {
        _desk.FullyPrepared();

        Assert.Equal(FailureCodes.SecretaryOrLeadOnly, _desk.Confirm(Li).Failure!.Code);
        Assert.Equal(FailureCodes.SecretaryOrLeadOnly, _desk.Confirm(SupervisorWu).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, _desk.Confirm(Outsider).Failure!.Code);
    }

    [Fact]
    public void ConfirmingTwice_IsAConflict()
    {
        _desk.FullyPrepared();
        _desk.Confirm(Secretary);

        Assert.Equal(FailureCodes.AlreadyConfirmed, _desk.Confirm(Secretary).Failure!.Code);
    }

    [Fact]
    public void RescheduleOrRosterChange_SendsAConfirmedMeetingBackThroughTheGate()
    {
        _desk.FullyPrepared();
        _desk.Confirm(Secretary);

        var moved = _desk.Change(m => new RescheduleMeeting(m.Version, new DateTime(2014, 7, 16, 9, 0, 0), null, null).Decide(m, _desk.Template, Secretary, _desk.Now)).Value;

        Assert.Equal(MeetingStatus.Preparing, moved.Status);
        Assert.Null(moved.Confirmation);
        Assert.Equal(FailureKind.NotReady, _desk.Confirm(Secretary).Failure!.Kind);
    }

    [Fact]
    public void ACancelledMeeting_IsNotConfirmed()
    {
        _desk.FullyPrepared();
        _desk.Change(m => new CancelMeeting(m.Version, null).Decide(m, Secretary, _desk.Now));

        Assert.Equal(FailureCodes.MeetingCancelled, _desk.Confirm(Secretary).Failure!.Code);
    }
}
