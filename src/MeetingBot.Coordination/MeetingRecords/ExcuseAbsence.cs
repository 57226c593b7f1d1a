using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// The office records that a member of the team is excused (请假) and why. Someone already signed in is not excused;
/// recording again replaces the reason.
/// </summary>
public sealed record ExcuseAbsence(string UserId, string Reason)
{
    public Outcome<MeetingMinutes> Decide(Meeting meeting, MeetingMinutes? minutes, Actor actor, DateTimeOffset now)
    {
        var current = minutes ?? MeetingMinutes.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.WhileOpen(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (!meeting.Holds(UserId, Role.Member) && !meeting.Holds(UserId, Role.Lead))
        {
            return Failure.Invalid(FailureCodes.NotAMember, ("name", meeting.NameOf(UserId)));
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            return Failure.Invalid(FailureCodes.AbsenceReasonRequired);
        }

        if (current.SignIns.Any(s => s.UserId == UserId))
        {
            return Failure.Conflict(FailureCodes.SignedInNotExcused, ("name", meeting.NameOf(UserId)));
        }

        return (current with { Excusals = [.. current.Excusals, new Excusal(UserId, Reason.Trim(), now, actor.UserId)] })
            .Changed(actor, now, AuditActions.AbsenceExcused, UserId);
    }
}
