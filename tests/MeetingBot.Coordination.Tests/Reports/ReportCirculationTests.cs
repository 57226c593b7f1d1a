using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reports;

public sealed class ReportCirculationTests
{
    private readonly ClosingDesk _desk = ClosingDesk.Confirmed().MinutesRecorded().MarkedHeld().Briefed();

    [Fact]
    public void TheReport_IsSubmittedOnlyAfterTheMeetingWasHeld_ByTheSecretary()
    {
        var confirmed = ClosingDesk.Confirmed();

        Assert.Equal(FailureCodes.NotHeld, confirmed.SubmitReport(Secretary).Failure!.Code);
        Assert.Equal(FailureCodes.SecretaryOnly, _desk.SubmitReport(Lead).Failure!.Code);
        Assert.Equal(FailureCodes.SecretaryOnly, _desk.SubmitReport(SupervisorWu).Failure!.Code);
    }

    [Fact]
    public void Submitting_ComposesAVersion_ForTheSupervisors()
    {
        var report = _desk.SubmitReport(Secretary).Value;

        Assert.Equal(SubmissionState.Submitted, report.State);
        var version = Assert.Single(report.Versions);
        Assert.Equal((1, _desk.Now, Secretary.UserId), (version.Number, version.SubmittedAt, version.SubmittedBy));
        Assert.Equal(4, version.Report.Sections.Count);
        Assert.Equal(FailureCodes.ReportAwaitingReview, _desk.SubmitReport(Secretary).Failure!.Code);
        Assert.Equal((AuditActions.ReportSubmitted, "v1"), (report.History[^1].Action, report.History[^1].Detail));
    }

    [Fact]
    public void OnlyASupervisor_Reviews_AndAReturnNeedsAComment()
    {
        _desk.SubmitReport(Secretary);

        Assert.Equal(FailureCodes.SupervisorOnly, _desk.ApproveReport(Lead).Failure!.Code);
        Assert.Equal(FailureCodes.SupervisorOnly, _desk.ApproveReport(Secretary).Failure!.Code);
        Assert.Equal(FailureCodes.CommentRequired, _desk.ReturnReport(SupervisorWu, " ").Failure!.Code);
        Assert.Equal(SubmissionState.Submitted, _desk.Report!.State);
    }

    [Fact]
    public void AReturnedReport_IsResubmittedAsANewVersion_ThenApproved_EveryDecisionKept()
    {
        _desk.SubmitReport(Secretary);
        var returned = _desk.ReturnReport(SupervisorWu, "整改措施要具体到时间节点").Value;
        Assert.Equal(SubmissionState.Returned, returned.State);
        Assert.Equal("整改措施要具体到时间节点", returned.LatestReturn!.Comment);
        Assert.Equal(FailureCodes.ReportNotAwaitingReview, _desk.ApproveReport(SupervisorZheng).Failure!.Code);

        Assert.Equal(SubmissionState.Resubmitted, _desk.SubmitReport(Secretary).Value.State);
        var approved = _desk.ApproveReport(SupervisorZheng).Value;

        Assert.Equal(SubmissionState.Approved, approved.State);
        Assert.Equal([(1, false, SupervisorWu.UserId), (2, true, SupervisorZheng.UserId)], approved.Reviews.Select(r => (r.VersionNumber, r.Approved, r.ByUserId)));
        Assert.Equal(2, approved.Versions.Count);
        Assert.Equal(FailureCodes.ReportAlreadyApproved, _desk.SubmitReport(Secretary).Failure!.Code);
        Assert.Equal([AuditActions.BriefingRecorded, AuditActions.ReportSubmitted, AuditActions.ReportReturned, AuditActions.ReportSubmitted, AuditActions.ReportApproved],
            approved.History.Select(h => h.Action));
    }

    [Fact]
    public void ReviewingNothing_IsNotFound()
    {
        Assert.Equal(FailureCodes.ReportNotFound, _desk.ApproveReport(SupervisorWu).Failure!.Code);
    }

    [Fact]
    public void SubmissionUpwardAndAnnouncement_AreRecordedAfterApproval_WithPlaceAndDate()
    {
        _desk.SubmitReport(Secretary);
        var today = DateOnly.FromDateTime(_desk.Meeting.LocalStart);
        Assert.Equal(FailureCodes.ReportNotApproved, _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "组织部", today).Failure!.Code);
        _desk.ApproveReport(SupervisorWu);

        Assert.Equal(FailureCodes.SecretaryOnly, _desk.Deliver(Lead, ReportDeliveryKind.SubmittedUpward, "组织部", today).Failure!.Code);
        Assert.Equal(FailureCodes.DeliveryPlaceRequired, _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, " ", today).Failure!.Code);
        var early = _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "组织部", today.AddDays(-1)).Failure!;
        Assert.Equal((FailureCodes.DeliveryBeforeApproval, "2014-07-15"), (early.Code, early.Data["approved"]));
        Assert.Equal(FailureCodes.DeliveryInTheFuture, _desk.Deliver(Secretary, ReportDeliveryKind.Announced, "镇政务公开栏", today.AddDays(1)).Failure!.Code);

        _desk.DeliveredToAll(Secretary, today);
        var report = _desk.Deliver(Secretary, ReportDeliveryKind.Announced, "镇政务公开栏", today).Value;

        Assert.Equal(
            [(ReportDeliveryKind.SubmittedUpward, "上级教育实践活动领导小组办公室"), (ReportDeliveryKind.SubmittedUpward, "上级纪委"),
                (ReportDeliveryKind.SubmittedUpward, "组织部"), (ReportDeliveryKind.Announced, "镇政务公开栏")],
            report.Deliveries.Select(d => (d.Kind, d.Where)));
        Assert.All(report.Deliveries, d => Assert.Equal((1, today), (d.VersionNumber, d.On)));
        Assert.Equal(AuditActions.ReportDelivered, report.History[^1].Action);
    }

    [Fact]
    public void AStaleReview_IsAConflict()
    {
        _desk.SubmitReport(Secretary);

        var outcome = new ApproveReport(0, null).Decide(_desk.Meeting, _desk.Report, SupervisorWu, _desk.Now);

        Assert.Equal(FailureCodes.StaleVersion, outcome.Failure!.Code);
    }

    [Fact]
    public void TheReportWithItsVersionsAndReviews_SurvivesAStoreRoundTrip()
    {
        _desk.SubmitReport(Secretary);
        _desk.ReturnReport(SupervisorWu, "补充整改时限");
        _desk.SubmitReport(Secretary);

        var json = StoredJson.Write(_desk.Report!);
        var read = StoredJson.Read<ReportCirculation>(json);

        Assert.Equal(json, StoredJson.Write(read));
        Assert.Equal(_desk.Report!.Reviews, read.Reviews);
        Assert.Contains("\"$block\":\"table\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAuditTrail_IncludesMinutesReportAndRectification()
    {
        _desk.SubmitReport(Secretary);

        var trail = Coordination.Audit.AuditTrail.For(_desk.Dossier, Secretary).Value;

        Assert.Contains(trail, e => e.Action == AuditActions.SpeechRecorded && e.Subject == DocumentId.Minutes(_desk.Meeting.Id).ToString());
        Assert.Contains(trail, e => e.Action == AuditActions.MeetingHeld);
        Assert.Contains(trail, e => e.Action == AuditActions.ReportSubmitted && e.Subject == DocumentId.SpecialReport(_desk.Meeting.Id).ToString());
    }
}
