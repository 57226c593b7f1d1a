using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

/// <summary>推迟一周 / 提前一天: counted from the meeting's own date, at its time of day — never from today.</summary>
public sealed class MeetingShiftTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Theory]
    [InlineData(7, "2014-07-22 09:00")]
    [InlineData(2, "2014-07-17 09:00")]
    [InlineData(-1, "2014-07-14 09:00")]
    public void Shift_CountsFromTheMeetingsDate_AtTheSameTimeOfDay(int days, string expected)
    {
        var start = new MeetingShift(days).StartOf(_desk.Meeting);

        Assert.Equal(expected, start.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Shift_DoesNotDependOnToday()
    {
        var earlier = new MeetingShift(7).StartOf(_desk.Meeting);
        _desk.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(earlier, new MeetingShift(7).StartOf(_desk.Meeting));
    }

    [Fact]
    public void ShiftedStart_IsDecidedAsAnyReschedule_EveryDeadlineMovesWithIt()
    {
        var before = _desk.Meeting;
        var start = new MeetingShift(7).StartOf(before);

        var moved = _desk.Change(m => new RescheduleMeeting(m.Version, start, null, null).Decide(m, _desk.Template, Secretary, _desk.Now)).Value;

        Assert.Equal(MeetingStart.AddDays(7), moved.LocalStart);
        Assert.All(moved.Deadlines.Zip(before.Deadlines), p => Assert.Equal(TimeSpan.FromDays(7), p.First.LocalDue - p.Second.LocalDue));
        Assert.Equal(AuditActions.MeetingRescheduled, moved.Audit[^1].Action);
    }

    [Fact]
    public void ShiftIntoThePast_IsRefused()
    {
        var start = new MeetingShift(-3650).StartOf(_desk.Meeting);

        var refused = _desk.Change(m => new RescheduleMeeting(m.Version, start, null, null).Decide(m, _desk.Template, Secretary, _desk.Now));

        Assert.Equal(FailureCodes.StartInThePast, refused.Failure!.Code);
    }
}
