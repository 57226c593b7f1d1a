using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reports;

/// <summary>会后通报 in the seed's order: the briefing, then the report, then each addressee, then the masses.</summary>
public sealed class BriefingAndAddresseesTests
{
    private readonly ClosingDesk _desk = ClosingDesk.Confirmed().MinutesRecorded().MarkedHeld();

    private DateOnly HeldDay => DateOnly.FromDateTime(_desk.Meeting.LocalStart);

    [Fact]
    public void TheSeedsTemplate_AsksForTheBriefingFirst_AndNamesItsThreeAddressees()
    {
        var rules = SeedTemplates.DemocraticLifeMeeting.AfterMeeting;

        Assert.True(rules.BriefingBeforeReport);
        Assert.Equal(["上级教育实践活动领导小组办公室", "上级纪委", "组织部"], rules.Addressees.Select(a => a.Name.ZhCn));
        Assert.False(SeedTemplates.ProjectRetrospective.AfterMeeting.BriefingBeforeReport);
        Assert.Empty(SeedTemplates.ProjectRetrospective.AfterMeeting.Addressees);
    }

    [Fact]
    public void TheReport_WaitsForTheBriefing_WhichTheSecretaryOrTheLeadRecords()
    {
        Assert.Equal(FailureCodes.BriefingFirst, _desk.SubmitReport(Secretary).Failure!.Code);

        Assert.Equal(FailureCodes.BriefingSecretaryOrLeadOnly, _desk.Brief(Li).Failure!.Code);
        Assert.Equal(FailureCodes.BriefingSecretaryOrLeadOnly, _desk.Brief(SupervisorWu).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, _desk.Brief(Outsider).Failure!.Code);
        Assert.Equal(FailureCodes.BriefingDetailsRequired, _desk.Brief(Lead, scope: " ").Failure!.Code);
        Assert.Equal(FailureCodes.BriefingBeforeMeeting, _desk.Brief(Lead, HeldDay.AddDays(-1)).Failure!.Code);
        Assert.Equal(FailureCodes.BriefingInTheFuture, _desk.Brief(Lead, HeldDay.AddDays(1)).Failure!.Code);

        var briefed = _desk.Brief(Lead, HeldDay, "全体干部", "会前准备、批评与自我批评、整改措施").Value;
        Assert.Equal((HeldDay, "全体干部", Lead.UserId), (briefed.Briefing!.On, briefed.Briefing.Scope, briefed.Briefing.RecordedBy));
        Assert.Equal(AuditActions.BriefingRecorded, briefed.History[^1].Action);
        Assert.True(_desk.Brief(Secretary, HeldDay, "全体干部和群众代表", "同上").IsSuccess); // corrected before the report

        Assert.True(_desk.SubmitReport(Secretary).IsSuccess);
        Assert.Equal(FailureCodes.BriefingAfterReport, _desk.Brief(Secretary).Failure!.Code);
        Assert.Equal("全体干部和群众代表", _desk.Report!.Briefing!.Scope);
    }

    [Fact]
    public void TheBriefing_ComesOnlyAfterTheMeetingWasHeld()
    {
        Assert.Equal(FailureCodes.NotHeld, ClosingDesk.Confirmed().Brief(Secretary).Failure!.Code);
    }

    [Fact]
    public void TheMasses_AreToldOnlyOnceEveryAddresseeHasTheReport()
    {
        Approved();
        var template = _desk.Desk.Template;

        var unknown = _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "市委宣传部", HeldDay).Failure!;
        Assert.Equal((FailureCodes.UnknownAddressee, "上级教育实践活动领导小组办公室、上级纪委、组织部"), (unknown.Code, unknown.Data["addressees"]));
        Assert.Equal(FailureCodes.SecretaryOnly, _desk.Deliver(Lead, ReportDeliveryKind.SubmittedUpward, "组织部", HeldDay).Failure!.Code);
        Assert.Equal(FailureCodes.SecretaryOnly, _desk.Deliver(Li, ReportDeliveryKind.SubmittedUpward, "组织部", HeldDay).Failure!.Code);
        Assert.Equal(FailureCodes.SecretaryOnly, _desk.Deliver(SupervisorWu, ReportDeliveryKind.SubmittedUpward, "组织部", HeldDay).Failure!.Code);

        var first = _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "Organisation department", HeldDay).Value;
        Assert.Equal(("organisation-department", "组织部"), (first.Deliveries[^1].AddresseeId, first.Deliveries[^1].Where));
        Assert.Equal(FailureCodes.AddresseeAlreadyRecorded, _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "组织部", HeldDay).Failure!.Code);
        Assert.False(first.DeliveredToAll(template));

        var early = _desk.Deliver(Secretary, ReportDeliveryKind.Announced, "群众代表会", HeldDay).Failure!;
        Assert.Equal((FailureCodes.AddresseesMissing, "上级教育实践活动领导小组办公室、上级纪委"), (early.Code, early.Data["missing"]));
        Assert.Equal("The report is announced once it has gone to every addressee. Still missing: Superior campaign leading group office, "
            + "Superior discipline inspection commission. Record those first, e.g. \"record submission Superior campaign leading group office\".", FailureTexts.For(early).En);

        _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "上级纪委", HeldDay);
        Assert.Equal(["activity-office"], _desk.Report!.MissingAddressees(template).Select(a => a.Id));
        _desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "上级教育实践活动领导小组办公室", HeldDay);
        Assert.True(_desk.Report!.DeliveredToAll(template));

        var announced = _desk.Deliver(Secretary, ReportDeliveryKind.Announced, "群众代表会", HeldDay).Value;
        Assert.Equal((ReportDeliveryKind.Announced, HeldDay, null), (announced.Deliveries[^1].Kind, announced.Deliveries[^1].On, announced.Deliveries[^1].AddresseeId));
    }

    private void Approved()
    {
        Assert.True(_desk.Brief(Lead).IsSuccess);
        Assert.True(_desk.SubmitReport(Secretary).IsSuccess);
        Assert.True(_desk.ApproveReport(SupervisorWu).IsSuccess);
    }
}
