using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// The secretary marks the confirmed meeting held (会议已召开) once it has begun; it moves to
/// <see cref="MeetingStatus.Reporting"/>, where the special report and rectification follow.
/// </summary>
public sealed record MarkMeetingHeld(long ExpectedVersion)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.MeetingHeld, null, current => current.Status switch
        {
            MeetingStatus.Reporting => Failure.Conflict(FailureCodes.AlreadyHeld),
            MeetingStatus.Preparing => Failure.Conflict(FailureCodes.NotConfirmed),
            _ when RecordSpeech.Begun(current, now) is { } early => early,
            _ => current with { Status = MeetingStatus.Reporting, HeldAt = now },
        });
}
