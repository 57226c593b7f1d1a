using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Readiness;

/// <summary>"时间服从质量，准备不充分的，不急于开会": readiness from the template's rules.</summary>
public sealed class ReadinessTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void AFullyPreparedMeeting_IsReady()
    {
        var report = _desk.FullyPrepared().Readiness();

        Assert.True(report.IsReady, string.Join("\n", report.Gaps.Select(g => g.Text.ZhCn)));
        Assert.Empty(report.Gaps);
        Assert.Equal("会前准备已完成，可以确认召开。", report.Summary.ZhCn);
    }

    [Fact]
    public void ANewMeeting_ListsEveryRequiredObligationAsAGap()
    {
        var report = _desk.Readiness();

        Assert.False(report.IsReady);
        var incomplete = report.Gaps.Where(g => g.Code == GapCode.Incomplete).GroupBy(g => g.DeliverableId).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(6, incomplete["study-check-in"]);
        Assert.Equal(6, incomplete["problem-list"]);
        Assert.Equal(18, incomplete["talk-record"]);
        Assert.Equal(6, incomplete["self-examination"]);
        Assert.Equal(30, incomplete["criticism-outline"]);
        Assert.Equal(1, incomplete["collective-material"]);
        Assert.Equal(1, incomplete["rectification-review"]);
        Assert.Contains(report.Gaps, g => g.Code == GapCode.ReportUpwardMissing);
        Assert.Contains(report.Gaps, g => g.Code == GapCode.QuorumNotReached);
        Assert.DoesNotContain(report.Gaps, g => g.DeliverableId == "attendance-confirmation" && g.Code == GapCode.Incomplete);
    }

    [Fact]
    public void AGap_SaysWhatIsMissingAndWhose_InBothLanguages()
    {
        _desk.FullyPrepared();
        _desk.Change(m => new Coordination.Meetings.AddParticipant(m.Version, new Coordination.Meetings.Person("m-gao", "高峰"), [Coordination.Meetings.Role.Member], null, null)
            .Decide(m, Secretary, _desk.Now));

        var gap = _desk.Readiness().Gaps.First(g => g.DeliverableId == "criticism-outline");

        Assert.Equal("迟永生：“批评发言提纲”（对高峰）尚未提交", gap.Text.ZhCn);
        Assert.Equal("迟永生: “Criticism outline” (on 高峰) not yet submitted", gap.Text.En);
        Assert.Equal([Lead.UserId], gap.OwedBy);
        Assert.Equal("m-gao", gap.TargetId);
    }

    [Fact]
    public void OutlinesMustBeApproved_NotOnlySubmitted()
    {
        var desk = MeetingDesk.SeedMeeting().StudyAndProblems().AllTalksConfirmed().MaterialsApproved().CollectiveMaterialFinalised()
            .ReportedUpward().RectificationReviewed().Attendance(6);
        foreach (var author in Members)
        {
            foreach (var target in Members.Where(t => t != author))
            {
                desk.Submit(author, "criticism-outline", Contents.GoodOutline(), target);
            }
        }

        var gaps = desk.Readiness().Gaps;

        // Each gap says whom it waits for: the lead for his members' outlines, the supervisors for the lead's own.
        Assert.Equal(30, gaps.Count);
        Assert.Equal(25, gaps.Count(g => g.Text.ZhCn.StartsWith("等待党委主要负责同志（迟永生）审阅：", StringComparison.Ordinal)));
        Assert.Equal(5, gaps.Count(g => g.Text.ZhCn.StartsWith("等待督导组（吴刚、郑红）审阅：迟永生的“批评发言提纲”（对", StringComparison.Ordinal)));
    }

    [Fact]
    public void TalksMustBeConfirmed_ByTheOtherParty()
    {
        var desk = _desk;
        desk.RecordTalk(Lead, Li);
        desk.RecordTalk(Zhang, Liu);
        desk.AnswerTalk(Liu, Zhang, confirm: false, note: "记录不全");

        var talkGaps = desk.Readiness().Gaps.Where(g => g.DeliverableId == "talk-record").ToList();

        Assert.Equal(18, talkGaps.Count);
        Assert.Contains(talkGaps, g => g.Progress == Progress.Recorded && g.Text.ZhCn.EndsWith("尚未经对方确认", StringComparison.Ordinal));
        Assert.Contains(talkGaps, g => g.Progress == Progress.Disputed && g.Text.En.Contains("disputed", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReportUpward_MustBeMadeAtLeastTenDaysAhead()
    {
        _desk.StudyAndProblems().AllTalksConfirmed().MaterialsApproved().OutlinesApproved().CollectiveMaterialFinalised()
            .RectificationReviewed().Attendance(6).ReportedUpward(on: new DateOnly(2014, 7, 8));

        var report = _desk.Readiness();

        var gap = Assert.Single(report.Gaps);
        Assert.Equal(GapCode.ReportUpwardTooLate, gap.Code);
        Assert.Equal(new DateOnly(2014, 7, 5), report.ReportUpwardLatestDate);
        Assert.Contains("2014年7月5日", gap.Text.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReportUpward_ExactlyTenDaysAhead_IsInTime()
    {
        _desk.FullyPrepared().ReportedUpward(on: new DateOnly(2014, 7, 5));

        Assert.True(_desk.Readiness().IsReady);
    }

    [Fact]
    public void MovingTheMeeting_AfterReportingUpward_MakesTheReportOutdated()
    {
        _desk.FullyPrepared();

        _desk.Change(m => new Coordination.Meetings.RescheduleMeeting(m.Version, new DateTime(2014, 7, 22, 9, 0, 0), null, null).Decide(m, _desk.Template, Secretary, _desk.Now));

        var gap = Assert.Single(_desk.Readiness().Gaps);
        Assert.Equal(GapCode.ReportUpwardOutdated, gap.Code);
        Assert.Contains("重新报告", gap.Text.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Attendance_MustReachTheQuorumOfTwoThirds()
    {
        _desk.StudyAndProblems().AllTalksConfirmed().MaterialsApproved().OutlinesApproved().CollectiveMaterialFinalised()
            .ReportedUpward().RectificationReviewed().Attendance(attending: 3);

        var report = _desk.Readiness();

        var gap = Assert.Single(report.Gaps);
        Assert.Equal(GapCode.QuorumNotReached, gap.Code);
        Assert.Equal(new AttendanceSummary(6, 3, 3, 0, 4, "2/3"), report.Attendance);
        Assert.Equal("确认参会3人，未达到应到6人的2/3（至少4人）。", gap.Text.ZhCn);

        _desk.Submit(Yang, "attendance-confirmation", Contents.Attending());
        Assert.True(_desk.Readiness().IsReady);
    }

    [Fact]
    public void MembersWhoHaveNotAnswered_DoNotCountTowardsTheQuorum()
    {
        _desk.Submit(Li, "attendance-confirmation", Contents.Attending());

        Assert.Equal(new AttendanceSummary(6, 1, 0, 5, 4, "2/3"), _desk.Readiness().Attendance);
    }

    [Fact]
    public void ThePreviousRectificationTasks_MustBeListedForReview()
    {
        _desk.StudyAndProblems().AllTalksConfirmed().MaterialsApproved().OutlinesApproved().CollectiveMaterialFinalised()
            .ReportedUpward().Attendance(6);

        var gap = Assert.Single(_desk.Readiness().Gaps);

        Assert.Equal("rectification-review", gap.DeliverableId);
        Assert.StartsWith("王秘书：“上次整改情况回头看”", gap.Text.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Readiness_ShowsPerDeliverable_DoneOfTotal_AndWhoIsBehind()
    {
        _desk.Submit(Li, "study-check-in", Contents.Study());
        _desk.Submit(Zhang, "study-check-in", Contents.Study());

        var study = _desk.Readiness().Deliverables.Single(d => d.DeliverableId == "study-check-in");

        Assert.Equal((2, 6, true), (study.Done, study.Total, study.Required));
        Assert.Equal(["迟永生", "刘洋", "陈静", "杨帆"], study.BehindNames);
        Assert.False(_desk.Readiness().Deliverables.Single(d => d.DeliverableId == "attendance-confirmation").Required);
        Assert.True(_desk.Readiness().Deliverables.Single(d => d.DeliverableId == "report-upward").Required);
    }

    [Fact]
    public void Readiness_ShowsPerPerson_WhatIsDoneAndWhatIsMissing()
    {
        _desk.Submit(Li, "study-check-in", Contents.Study());
        _desk.Clock.SetUtcNow(new DateTimeOffset(2014, 6, 30, 9, 0, 0, TimeSpan.FromHours(8)));

        var li = _desk.Readiness().People.Single(p => p.UserId == Li.UserId);

        Assert.Equal(["study-check-in"], li.Done.Select(l => l.DeliverableId));
        // Problem list, six talks (the lead, four members, his department head), material, five outlines, attendance.
        Assert.Equal(1 + 6 + 1 + 5 + 1, li.Missing.Count);
        Assert.Contains(li.Missing, l => l.DeliverableId == "talk-record" && l.WithName == "赵强");
        Assert.Contains(li.Missing, l => l.DeliverableId == "criticism-outline" && l.WithName == "迟永生");
        Assert.Equal(["problem-list"], li.Missing.Where(l => l.Overdue).Select(l => l.DeliverableId));
        Assert.Contains(_desk.Readiness().People, p => p.UserId == HeadZhao.UserId && p.Missing.Count == 1);
        Assert.DoesNotContain(_desk.Readiness().People, p => p.UserId == SupervisorWu.UserId);
    }
}
