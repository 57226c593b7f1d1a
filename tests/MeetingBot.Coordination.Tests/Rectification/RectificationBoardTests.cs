using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Rectification;

public sealed class RectificationBoardTests
{
    [Fact]
    public void TheBoard_ShowsOnlyPublishedTasks_WithOwnerNamesAndStatusToday()
    {
        var desk = ClosingDesk.Confirmed();
        desk.Held(Secretary);
        desk.AddTasks(Secretary, new NewRectificationTask("文山会海", "会议每月不超过2次", Li.UserId, new DateOnly(2014, 7, 20)),
            new NewRectificationTask("调研少", "每月调研2次", Zhang.UserId, new DateOnly(2014, 7, 31)));
        Assert.Empty(RectificationBoard.For(desk.Dossier, desk.Desk.Template, desk.Now).Tasks);

        desk.Completed(Zhang, 2, "调研报告2篇");
        desk.Publish(Secretary);
        desk.AddTasks(Secretary, new NewRectificationTask("公车", "公车管理制度", Liu.UserId, new DateOnly(2014, 8, 31)));
        var board = RectificationBoard.For(desk.Dossier, desk.Desk.Template, new DateTimeOffset(2014, 7, 22, 9, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal([(1, "李敏", RectificationStatus.Overdue), (2, "张伟", RectificationStatus.Done)], board.Tasks.Select(t => (t.Number, t.OwnerName, t.Status)));
        Assert.Equal((1, 1, 0), (board.Count(RectificationStatus.Overdue), board.Count(RectificationStatus.Done), board.Count(RectificationStatus.Open)));
        Assert.Equal((Theme, MeetingStatus.Reporting, "专题民主生活会"), (board.Theme, board.Status, board.TemplateName.ZhCn));
        Assert.Equal(new BoardProgress(true, desk.Meeting.HeldAt, false, false, desk.Rectification!.LatestPublication!.At), board.Progress);
    }

    [Fact]
    public void TheBoard_ReportsTheReportsProgress()
    {
        var desk = ClosingDesk.Confirmed();
        desk.Held(Secretary);
        desk.Brief(Secretary);
        desk.SubmitReport(Secretary);
        desk.ApproveReport(SupervisorWu);
        desk.Deliver(Secretary, ReportDeliveryKind.SubmittedUpward, "组织部", new DateOnly(2014, 7, 15));

        var progress = RectificationBoard.For(desk.Dossier, desk.Desk.Template, desk.Now).Progress;

        Assert.True(progress.ReportApproved);
        Assert.True(progress.ReportSubmittedUpward);
        Assert.Null(progress.PublishedAt);
    }

    [Fact]
    public void ABoardTask_HasNoPlaceForEvidenceOrPrivateContent()
    {
        var properties = typeof(BoardTask).GetProperties().Select(p => p.Name);

        Assert.Equal(["Number", "Problem", "Measure", "OwnerName", "DueDate", "Status", "CompletedAt"], properties);
    }
}
