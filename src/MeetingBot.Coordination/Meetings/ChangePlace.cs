using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The secretary moves the meeting to another room (改地点): the time, deadlines and a confirmation stand, since the
/// report upward and attendance were for this date — unlike <see cref="RescheduleMeeting"/>.
/// </summary>
public sealed record ChangePlace(long ExpectedVersion, string Place)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now)
    {
        var place = Place.Trim();
        return MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.PlaceChanged, $"{meeting.Place} -> {place}", current =>
        {
            if (place.Length == 0)
            {
                return Failure.Invalid(FailureCodes.PlaceRequired);
            }

            // A held meeting was held where it was held.
            if (current.Status == MeetingStatus.Reporting)
            {
                return Failure.Conflict(FailureCodes.AlreadyHeld);
            }

            return current with { Place = place };
        });
    }
}
