using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>The secretary cancels the meeting; afterwards nothing of it changes, but everything stays readable.</summary>
public sealed record CancelMeeting(long ExpectedVersion, string? Reason)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.MeetingCancelled, Reason, current =>
            current with { Status = MeetingStatus.Cancelled, CancellationReason = Reason?.Trim() });
}
