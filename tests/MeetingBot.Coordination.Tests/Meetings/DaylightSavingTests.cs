using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Meetings;

/// <summary>Deadlines are computed in the meeting's own time zone, so they keep their wall-clock time across DST.</summary>
public sealed class DaylightSavingTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static Meeting NewYorkMeeting(DateTime localStart) =>
        (SeedTeam.Create() with { TimeZoneId = "America/New_York", LocalStart = localStart })
            .Decide(SeedTemplates.DemocraticLifeMeeting, SeedTeam.Secretary, new DateTimeOffset(2025, 1, 10, 12, 0, 0, TimeSpan.Zero)).Value;

    [Fact]
    public void Deadlines_KeepTheirLocalTime_AcrossTheSpringForwardChange_InNewYork()
    {
        // DST starts on Sunday 9 March 2025 at 02:00 in New York.
        var meeting = NewYorkMeeting(new DateTime(2025, 3, 12, 9, 0, 0));

        Assert.Equal(new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.FromHours(-4)), meeting.StartsAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 7, 18, 0, 0, TimeSpan.FromHours(-5)), meeting.DeadlineOf("criticism-outline")!.Due);
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 18, 0, 0, TimeSpan.FromHours(-4)), meeting.DeadlineOf("rectification-review")!.Due);
        Assert.Equal(new DateTime(2025, 3, 7, 18, 0, 0), meeting.DeadlineOf("criticism-outline")!.LocalDue);
    }

    [Fact]
    public void ADeadlineTwoDaysEarlierAcrossTheChange_IsOneHourLessThanFortyEightHoursBefore()
    {
        var meeting = NewYorkMeeting(new DateTime(2025, 3, 12, 9, 0, 0));

        var gap = meeting.DeadlineOf("rectification-review")!.Due - meeting.DeadlineOf("criticism-outline")!.Due;

        Assert.Equal(TimeSpan.FromHours(47), gap);
    }

    [Fact]
    public void ALocalTimeSkippedBySpringForward_MovesForwardByTheGap()
    {
        var instant = WallClock.ToInstant(new DateTime(2025, 3, 9, 2, 30, 0), NewYork);

        Assert.Equal(new DateTimeOffset(2025, 3, 9, 7, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
        Assert.Equal(new DateTime(2025, 3, 9, 3, 30, 0), WallClock.ToLocal(instant, NewYork));
    }

    [Fact]
    public void ALocalTimeThatOccursTwiceInAutumn_MeansTheFirstOccurrence()
    {
        var instant = WallClock.ToInstant(new DateTime(2025, 11, 2, 1, 30, 0), NewYork);

        Assert.Equal(TimeSpan.FromHours(-4), instant.Offset);
        Assert.Equal(new DateTimeOffset(2025, 11, 2, 5, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void Deadlines_KeepTheirLocalTime_AcrossTheFallBackChange_InNewYork()
    {
        // DST ends on Sunday 2 November 2025.
        var meeting = NewYorkMeeting(new DateTime(2025, 11, 5, 9, 0, 0));

        Assert.Equal(new DateTimeOffset(2025, 10, 31, 18, 0, 0, TimeSpan.FromHours(-4)), meeting.DeadlineOf("criticism-outline")!.Due);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 18, 0, 0, TimeSpan.FromHours(-5)), meeting.DeadlineOf("attendance-confirmation")!.Due);
    }

    [Fact]
    public void ShanghaiHasNoDaylightSaving_SoEveryOffsetIsPlusEight()
    {
        var meeting = MeetingDesk.SeedMeeting().Meeting;

        Assert.All(meeting.Deadlines, d => Assert.Equal(TimeSpan.FromHours(8), d.Due.Offset));
    }
}
