using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reports;

/// <summary>The office edits the drafted report; the version it edited is what goes for review and what is approved.</summary>
public sealed class ReportEditTests
{
    private readonly ClosingDesk _desk = ClosingDesk.Confirmed().MinutesRecorded().MarkedHeld().Briefed();

    [Fact]
    public void AnEditedSection_IsANewVersion_SentAsItIs_AndApprovedAsThatVersion()
    {
        var edited = Edit(Secretary, new ReportSectionText(2, null, "会议在党委会议室召开。\n应到6人，实到6人。")).Value;

        var version = Assert.Single(edited.Versions);
        Assert.False(version.IsSent);
        Assert.Equal(SubmissionState.Draft, edited.State);
        Assert.Equal(["会议在党委会议室召开。", "应到6人，实到6人。"], version.Report.Sections[1].Blocks.Cast<ReportParagraph>().Select(p => p.Text.ZhCn));
        Assert.Equal(AuditActions.ReportEdited, edited.History[^1].Action);
        var composed = SpecialReportComposition.Compose(_desk.Dossier, _desk.Desk.Template, _desk.Now).Sections[0];
        Assert.Equal((composed.Heading, composed.Blocks.Count), (version.Report.Sections[0].Heading, version.Report.Sections[0].Blocks.Count)); // the others as composed

        var sent = Assert.Single(Keep(new SubmitReport(edited.Version).Decide(_desk.Dossier with { Report = edited }, _desk.Desk.Template, Secretary, _desk.Now)).Versions);
        Assert.True(sent.IsSent);
        Assert.Equal(version.Report, sent.Report);
    }

    [Fact]
    public void ALaterEdit_ReopensTheApprovedReport_ForANewReview_AndNoneWhileUnderReviewOrAfterDelivery()
    {
        Assert.True(_desk.SubmitReport(Secretary).IsSuccess);
        Assert.Equal(FailureCodes.ReportAwaitingReview, Edit(Secretary, new ReportSectionText(4, null, "精简会议")).Failure!.Code);
        Assert.True(_desk.ApproveReport(SupervisorWu).IsSuccess);

        var reopened = Edit(Secretary, new ReportSectionText(4, null, "精简会议，每月不超过2次。")).Value;

        Assert.Equal(SubmissionState.Draft, reopened.State);
        Assert.Null(reopened.Approval);
        Assert.Equal(2, reopened.Versions.Count);
    }

    [Fact]
    public void OnlyTheOffice_Edits_AnExistingSection_WithText()
    {
        foreach (var actor in new[] { Lead, Li, SupervisorWu, HeadZhao })
        {
            Assert.Equal(FailureCodes.SecretaryOnly, Edit(actor, new ReportSectionText(2, null, "内容")).Failure!.Code);
        }

        Assert.Equal(FailureCodes.ReportSectionNotFound, Edit(Secretary, new ReportSectionText(9, null, "内容")).Failure!.Code);
        Assert.Equal(FailureCodes.ReportSectionTextRequired, Edit(Secretary, new ReportSectionText(2, null, " ")).Failure!.Code);
        Assert.Equal(FailureCodes.ReportFileWithoutSections,
            new EditReport(_desk.Report!.Version, [], ReportEditKind.Document).Decide(_desk.Dossier, _desk.Desk.Template, Secretary, _desk.Now).Failure!.Code);
    }

    [Fact]
    public void AWordReport_IsReadIntoItsNumberedSections()
    {
        var sections = ReportDocumentSections.Parse("关于召开专题民主生活会情况的报告\n县委组织部：\n一、会前准备情况\n认真学习。\n1. 学习党章\n二、会议召开情况\n会议在党委会议室召开。\n3．整改措施\n精简会议。");

        Assert.Equal([(1, "会前准备情况"), (2, "会议召开情况")], sections.Select(s => (s.Number, s.Heading)));
        Assert.Equal("认真学习。\n1. 学习党章", sections[0].Text); // an item of section 一, not a heading
        Assert.Equal("会议在党委会议室召开。\n3．整改措施\n精简会议。", sections[1].Text);
        Assert.Equal([1, 2], ReportDocumentSections.Parse("1. Preparation\nStudied.\n2. The meeting\nHeld.").Select(s => s.Number));
        Assert.Empty(ReportDocumentSections.Parse("会议开得很好。"));
    }

    private Outcome<ReportCirculation> Edit(Actor actor, ReportSectionText section) =>
        new EditReport(_desk.Report?.Version ?? 0, [section], ReportEditKind.Section).Decide(_desk.Dossier, _desk.Desk.Template, actor, _desk.Now);

    private static ReportCirculation Keep(Outcome<ReportCirculation> outcome)
    {
        Assert.True(outcome.IsSuccess, outcome.ToString());
        return outcome.Value;
    }
}
