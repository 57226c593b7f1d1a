using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Overview;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Overview;

/// <summary>
/// The superior committee's view (各单位进度): per unit below the overseer, what was reported upward and whether in
/// time, gaps as names and counts, held date, report stage and rectification counts — and nothing of other units.
/// </summary>
public sealed class UnitOverviewTests
{
    private const string County = "某县";
    private const string TownA = "某县/东镇党委";
    private const string TownB = "某县/西镇党委";

    private static readonly DirectoryPerson CountyOverseer = new("u-county", "组织部老周", County, null, null, null, [OrganisationRole.Overseer], []);
    private static readonly DirectoryPerson TownBOverseer = new("u-townb", "西镇组织委员", TownB, null, null, null, [OrganisationRole.Overseer], []);
    private static readonly DirectoryPerson TownAMember = new("u-towna", "东镇干部", TownA, null, null, null, [], []);
    private static readonly PeopleDirectory Directory = PeopleDirectory.Empty with { People = [CountyOverseer, TownBOverseer, TownAMember] };

    [Fact]
    public void APreparingUnit_ShowsWhatItReportedUpward_InTime_AndItsGapsByName_NeverContent()
    {
        var desk = MeetingDesk.SeedMeeting().StudyAndProblems().ReportedUpward(new DateOnly(2014, 6, 30));
        desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        var meeting = In(desk.Dossier, TownA, desk);

        var row = Assert.Single(UnitOverview.For(Directory, CountyOverseer, [meeting], desk.Now).Value);

        Assert.Equal((TownA, UnitStage.Preparing), (row.Unit, row.Stage));
        Assert.Equal((new DateOnly(2014, 6, 30), new DateOnly(2014, 7, 15), 10, true), (row.ReportedOn, row.ReportedDate, row.DaysAheadRequired, row.ReportedInTime));
        Assert.NotEmpty(row.Gaps);
        Assert.Contains(row.Gaps, g => g.ZhCn.Contains("李敏", StringComparison.Ordinal));
        var everything = string.Join("\n", row.Gaps.Select(g => g.ZhCn + g.En));
        Assert.DoesNotContain("王庄村", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("宗旨意识", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("公车私用", everything, StringComparison.Ordinal);
        Assert.Equal((ReportStage.NotSubmitted, 0, 0, 0), (row.Report, row.TasksTotal, row.TasksDone, row.TasksOverdue));
    }

    [Fact]
    public void AReportUpwardFewerDaysAheadThanTheTemplateAsks_IsNotInTime()
    {
        var desk = MeetingDesk.SeedMeeting().ReportedUpward(new DateOnly(2014, 7, 10));

        var row = Assert.Single(UnitOverview.For(Directory, CountyOverseer, [In(desk.Dossier, TownA, desk)], desk.Now).Value);

        Assert.Equal(new DateOnly(2014, 7, 10), row.ReportedOn);
        Assert.False(row.ReportedInTime);
    }

    [Fact]
    public void AHeldUnit_ShowsItsHeldDate_TheReportApprovedAndSubmittedUpward_AndTasksDoneAndOverdue()
    {
        var desk = ClosingDesk.Confirmed().MinutesRecorded();
        Assert.True(desk.Held(Secretary).IsSuccess);
        desk.Brief(Secretary);
        desk.SubmitReport(Secretary);
        desk.ApproveReport(SupervisorWu);
        var heldDay = DateOnly.FromDateTime(desk.Meeting.LocalStart);
        desk.AddTasks(Secretary,
            new NewRectificationTask("文山会海", "全镇性会议每月不超过2次", Li.UserId, heldDay.AddDays(3)),
            new NewRectificationTask("调研不深入", "每月下基层不少于4次", Zhang.UserId, heldDay.AddDays(30)));
        desk.Update(Li, 1, done: false, note: "已起草会议管理办法");
        desk.Desk.Clock.Advance(TimeSpan.FromDays(10));
        desk.Completed(Zhang, 2, "调研记录", note: "已完成");

        var approved = Assert.Single(UnitOverview.For(Directory, CountyOverseer, [In(desk.Dossier, TownA, desk.Desk)], desk.Now).Value);
        Assert.Equal((UnitStage.Held, ReportStage.Approved, heldDay), (approved.Stage, approved.Report, approved.HeldOn));
        Assert.Equal((2, 1, 1), (approved.TasksTotal, approved.TasksDone, approved.TasksOverdue));

        var today = DateOnly.FromDateTime(desk.Now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "组织部", today);
        desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "上级纪委", today);
        // Two of the seed's three addressees: not yet submitted upward.
        var partly = Assert.Single(UnitOverview.For(Directory, CountyOverseer, [In(desk.Dossier, TownA, desk.Desk)], desk.Now).Value);
        Assert.Equal((UnitStage.Held, ReportStage.Approved), (partly.Stage, partly.Report));

        desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "上级教育实践活动领导小组办公室", today);
        var submitted = Assert.Single(UnitOverview.For(Directory, CountyOverseer, [In(desk.Dossier, TownA, desk.Desk)], desk.Now).Value);
        Assert.Equal((UnitStage.Reported, ReportStage.SubmittedUpward), (submitted.Stage, submitted.Report));
    }

    [Fact]
    public void AnOverseer_GetsOnlyTheUnitsOfHisBranch_WhateverMeetingsWereReadForHim()
    {
        var a = MeetingDesk.SeedMeeting();
        var b = MeetingDesk.SeedMeeting();
        MeetingCandidate[] both = [In(a.Dossier, TownA, a, "m-a"), In(b.Dossier, TownB + "/西村支部", b, "m-b")];

        Assert.Equal(["m-a", "m-b"], UnitOverview.For(Directory, CountyOverseer, both, a.Now).Value.Select(r => r.MeetingId));
        Assert.Equal(["m-b"], UnitOverview.For(Directory, TownBOverseer, both, a.Now).Value.Select(r => r.MeetingId));
        Assert.Equal(FailureCodes.UnitNotOverseen, UnitOverview.For(Directory, TownBOverseer, both, a.Now, TownA).Failure!.Code);
        Assert.Equal(FailureCodes.OverseerOnly, UnitOverview.For(Directory, TownAMember, both, a.Now).Failure!.Code);
        Assert.Equal(FailureCodes.UnitNotOverseen, UnitMaterials.For(Directory, TownBOverseer, TownA, both, a.Now).Failure!.Code);
    }

    [Fact]
    public void AUnitsOwnPage_ShowsTheSpecialReportOnlyOnceSubmittedUpward()
    {
        var desk = ClosingDesk.Confirmed().MinutesRecorded();
        desk.Desk.ReportedUpward(new DateOnly(2014, 6, 30));
        Assert.True(desk.Held(Secretary).IsSuccess);
        desk.Brief(Secretary);
        desk.SubmitReport(Secretary);
        desk.ApproveReport(SupervisorWu);

        var before = Assert.Single(UnitMaterials.For(Directory, CountyOverseer, TownA, [In(desk.Dossier, TownA, desk.Desk)], desk.Now).Value);
        desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "组织部", DateOnly.FromDateTime(desk.Meeting.LocalStart));
        var after = Assert.Single(UnitMaterials.For(Directory, CountyOverseer, TownA, [In(desk.Dossier, TownA, desk.Desk)], desk.Now).Value);

        Assert.Null(before.SpecialReport);
        Assert.NotNull(before.DateAndTheme);
        Assert.Equal(1, after.SpecialReport?.Number);
        Assert.Equal(FailureCodes.UnitNotFound, UnitMaterials.For(Directory, CountyOverseer, TownB, [In(desk.Dossier, TownA, desk.Desk)], desk.Now).Failure!.Code);
    }

    private static MeetingCandidate In(MeetingDossier dossier, string unit, MeetingDesk desk, string? id = null)
    {
        var meeting = dossier.Meeting with { Unit = unit, Id = id ?? dossier.Meeting.Id };
        return new MeetingCandidate(dossier with { Meeting = meeting }, desk.Template);
    }
}
