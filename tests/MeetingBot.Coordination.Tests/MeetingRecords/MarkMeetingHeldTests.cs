using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.MeetingRecords;

public sealed class MarkMeetingHeldTests
{
    [Fact]
    public void TheSecretary_MarksTheMeetingHeld_ItMovesToReporting_AndIsAudited()
    {
        var desk = ClosingDesk.Confirmed();

        var meeting = desk.Held(Secretary).Value;

        Assert.Equal(MeetingStatus.Reporting, meeting.Status);
        Assert.Equal(desk.Now, meeting.HeldAt);
        Assert.Equal((AuditActions.MeetingHeld, Secretary.UserId), (meeting.Audit[^1].Action, meeting.Audit[^1].ActorId));
    }

    [Fact]
    public void AnUnconfirmedMeeting_CannotBeHeld()
    {
        var desk = new ClosingDesk(MeetingDesk.SeedMeeting());

        Assert.Equal(FailureCodes.NotConfirmed, desk.Held(Secretary).Failure!.Code);
    }

    [Fact]
    public void OnlyTheSecretary_MarksItHeld()
    {
        var desk = ClosingDesk.Confirmed();

        Assert.Equal(FailureCodes.SecretaryOnly, desk.Held(Lead).Failure!.Code);
        Assert.Equal(MeetingStatus.Confirmed, desk.Meeting.Status);
    }

    [Fact]
    public void NotBeforeItsStart_NorTwice()
    {
        var clock = TestClock.Create();
        var desk = ClosingDesk.Confirmed(clock, sinceStart: TimeSpan.FromHours(-2));
        Assert.Equal(FailureCodes.NotStarted, desk.Held(Secretary).Failure!.Code);

        clock.SetUtcNow(desk.Meeting.StartsAt);
        Assert.True(desk.Held(Secretary).IsSuccess);
        Assert.Equal(FailureCodes.AlreadyHeld, desk.Held(Secretary).Failure!.Code);
    }

    [Fact]
    public void AHeldMeeting_IsNeitherConfirmedAgainNorMoved()
    {
        var desk = ClosingDesk.Confirmed();
        desk.Held(Secretary);

        Assert.Equal(FailureCodes.AlreadyHeld, desk.Desk.Confirm(Secretary).Failure!.Code);
        var moved = desk.Desk.Change(m => new RescheduleMeeting(m.Version, m.LocalStart.AddDays(7), null, null).Decide(m, desk.Desk.Template, Secretary, desk.Now));
        Assert.Equal(FailureCodes.AlreadyHeld, moved.Failure!.Code);
        Assert.Equal(MeetingStatus.Reporting, desk.Meeting.Status);
    }

    [Fact]
    public void ACancelledMeeting_IsNeverHeld()
    {
        var desk = ClosingDesk.Confirmed();
        desk.Desk.Change(m => new CancelMeeting(m.Version, "上级通知延期").Decide(m, Secretary, desk.Now));

        Assert.Equal(FailureCodes.MeetingCancelled, desk.Held(Secretary).Failure!.Code);
    }

    [Fact]
    public void HeldAt_SurvivesAStoreRoundTrip()
    {
        var desk = ClosingDesk.Confirmed();
        var meeting = desk.Held(Secretary).Value;

        var read = StoredJson.Read<Meeting>(StoredJson.Write(meeting));

        Assert.Equal((MeetingStatus.Reporting, meeting.HeldAt), (read.Status, read.HeldAt));
    }
}
