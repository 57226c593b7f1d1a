using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Talks;

public sealed class TalkCoverageTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private TalkCoverage Coverage => TalkCoverage.Build(_desk.Meeting, _desk.Template, _desk.Dossier.TalkRecords);

    private TalkProgress Cell(Coordination.Meetings.Actor row, Coordination.Meetings.Actor column)
    {
        var coverage = Coverage;
        var r = coverage.Rows.Single(x => x.UserId == row.UserId);
        return r.Cells[coverage.People.ToList().IndexOf(column.UserId)];
    }

    [Fact]
    public void TheMatrix_HasMembersThenDepartmentHeads_AndIsSymmetric()
    {
        var coverage = Coverage;

        Assert.Equal([.. Members.Select(m => m.UserId), HeadZhao.UserId, HeadSun.UserId, HeadZhou.UserId], coverage.People);
        for (var i = 0; i < coverage.People.Count; i++)
        {
            Assert.Equal(TalkProgress.NotPlanned, coverage.Rows[i].Cells[i]);
            for (var j = 0; j < coverage.People.Count; j++)
            {
                Assert.Equal(coverage.Rows[i].Cells[j], coverage.Rows[j].Cells[i]);
            }
        }
    }

    [Fact]
    public void Cells_FollowTheRecords_PlannedRecordedConfirmedDisputed()
    {
        _desk.RecordTalk(Lead, Li);
        _desk.RecordTalk(Zhang, Liu);
        _desk.AnswerTalk(Liu, Zhang, confirm: true);
        _desk.RecordTalk(Chen, Yang);
        _desk.AnswerTalk(Yang, Chen, confirm: false, note: "不准确");

        Assert.Equal(TalkProgress.Recorded, Cell(Li, Lead));
        Assert.Equal(TalkProgress.Confirmed, Cell(Zhang, Liu));
        Assert.Equal(TalkProgress.Disputed, Cell(Yang, Chen));
        Assert.Equal(TalkProgress.Planned, Cell(Li, HeadZhao));
        Assert.Equal(TalkProgress.NotPlanned, Cell(Li, HeadSun));
        Assert.Equal((18, 1), (Coverage.Planned, Coverage.Confirmed));
    }
}
