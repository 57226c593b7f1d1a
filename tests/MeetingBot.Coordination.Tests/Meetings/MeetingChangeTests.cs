using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

public sealed class MeetingChangeTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private Outcome<Meeting> Reschedule(Actor actor, DateTime start, long? version = null, string? place = null) =>
        _desk.Change(m => new RescheduleMeeting(version ?? m.Version, start, null, place).Decide(m, _desk.Template, actor, _desk.Now));

    [Fact]
    public void Reschedule_MovesEveryDeadline()
    {
        var before = _desk.Meeting.Deadlines;

        var meeting = Reschedule(Secretary, new DateTime(2014, 7, 22, 14, 30, 0), place: "镇政府三楼会议室").Value;

        Assert.Equal(new DateTimeOffset(2014, 7, 22, 14, 30, 0, TimeSpan.FromHours(8)), meeting.StartsAt);
        Assert.Equal("镇政府三楼会议室", meeting.Place);
        Assert.All(meeting.Deadlines.Zip(before), pair => Assert.Equal(TimeSpan.FromDays(7), pair.First.Due.Date - pair.Second.Due.Date));
        Assert.Equal(new DateTimeOffset(2014, 7, 12, 18, 0, 0, TimeSpan.FromHours(8)), meeting.DeadlineOf("report-upward")!.Due);
    }

    [Fact]
    public void Reschedule_IsAudited_WithWhoWhenWhatAndVersion()
    {
        _desk.Clock.Advance(TimeSpan.FromHours(2));

        var meeting = Reschedule(Secretary, new DateTime(2014, 7, 22, 9, 0, 0)).Value;

        var entry = meeting.Audit[^1];
        Assert.Equal((2L, Secretary.UserId, AuditActions.MeetingRescheduled), (entry.Version, entry.ActorId, entry.Action));
        Assert.Equal(_desk.Now, entry.At);
        Assert.Contains("2014-07-15 09:00", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("2014-07-22 09:00", entry.Detail, StringComparison.Ordinal);
        Assert.Equal(2, meeting.Version);
    }

    [Fact]
    public void Reschedule_ToThePast_IsRefused()
    {
        Assert.Equal(FailureCodes.StartInThePast, Reschedule(Secretary, new DateTime(2014, 6, 1, 9, 0, 0)).Failure!.Code);
    }

    [Fact]
    public void OnlyTheSecretary_ChangesTheMeeting()
    {
        foreach (var actor in new[] { Lead, Li, HeadZhao, SupervisorWu })
        {
            var outcome = Reschedule(actor, new DateTime(2014, 7, 22, 9, 0, 0));

            Assert.Equal(FailureKind.Forbidden, outcome.Failure!.Kind);
            Assert.Equal(FailureCodes.SecretaryOnly, outcome.Failure.Code);
        }

        Assert.Equal(1, _desk.Meeting.Version);
    }

    [Fact]
    public void AStaleVersion_IsAConflict_NotALostUpdate()
    {
        Assert.True(Reschedule(Secretary, new DateTime(2014, 7, 22, 9, 0, 0)).IsSuccess);

        var outcome = Reschedule(Secretary, new DateTime(2014, 7, 29, 9, 0, 0), version: 1);

        Assert.Equal(FailureKind.Conflict, outcome.Failure!.Kind);
        Assert.Equal(FailureCodes.StaleVersion, outcome.Failure.Code);
        Assert.Equal("1", outcome.Failure.Data["expected"]);
        Assert.Equal("2", outcome.Failure.Data["actual"]);
        Assert.Equal(new DateTime(2014, 7, 22, 9, 0, 0), _desk.Meeting.LocalStart);
    }

    [Fact]
    public void Cancel_IsRecorded_AndAfterwardsNothingChanges()
    {
        var cancelled = _desk.Change(m => new CancelMeeting(m.Version, "上级通知推迟").Decide(m, Secretary, _desk.Now)).Value;

        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        Assert.Equal("上级通知推迟", cancelled.CancellationReason);
        Assert.Equal(AuditActions.MeetingCancelled, cancelled.Audit[^1].Action);
        Assert.Equal(FailureCodes.MeetingCancelled, Reschedule(Secretary, new DateTime(2014, 7, 22, 9, 0, 0)).Failure!.Code);
        Assert.Equal(FailureCodes.MeetingCancelled, _desk.Submit(Li, "study-check-in", Contents.Study()).Failure!.Code);
    }

    [Fact]
    public void OnlyTheSecretary_Cancels()
    {
        var outcome = _desk.Change(m => new CancelMeeting(m.Version, null).Decide(m, Lead, _desk.Now));

        Assert.Equal(FailureCodes.SecretaryOnly, outcome.Failure!.Code);
    }

    [Fact]
    public void AChangeWithATemplateOfAnotherVersion_IsRefused()
    {
        var newer = _desk.Template with { Version = 2 };

        var outcome = _desk.Change(m => new RescheduleMeeting(m.Version, new DateTime(2014, 7, 22, 9, 0, 0), null, null).Decide(m, newer, Secretary, _desk.Now));

        Assert.Equal(FailureCodes.TemplateMismatch, outcome.Failure!.Code);
    }
}
