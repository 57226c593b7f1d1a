using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>The secretary sets the roles one participant holds in this meeting (e.g. hands the lead to someone else).</summary>
/// <param name="Name">How the person is shown in a refusal (someone not on the roster has no name in the meeting).</param>
public sealed record ChangeRoles(long ExpectedVersion, string UserId, IReadOnlyList<Role> Roles, string? Name = null)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.RolesChanged,
            $"{UserId}: {string.Join(",", Roles)}", current =>
            {
                if (current.Find(UserId) is null)
                {
                    return Failure.NotFound(FailureCodes.ParticipantNotFound, ("name", Name ?? UserId));
                }

                return RosterChange.With(current, current.Participants.Select(p => p.UserId == UserId ? p with { Roles = Roles } : p));
            });
}
