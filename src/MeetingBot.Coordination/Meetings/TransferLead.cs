using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The secretary hands the lead to another participant in one step (two role changes could not: the roster
/// always has exactly one lead). The previous lead stays a member; the new lead becomes one if he was not.
/// </summary>
/// <param name="NewLeadName">How the person is shown in a refusal (someone not on the roster has no name in the meeting).</param>
public sealed record TransferLead(long ExpectedVersion, string NewLeadId, string? NewLeadName = null)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.RolesChanged, $"lead -> {NewLeadId}", current =>
        {
            if (current.Find(NewLeadId) is null)
            {
                return Failure.NotFound(FailureCodes.ParticipantNotFound, ("name", NewLeadName ?? NewLeadId));
            }

            return RosterChange.With(current, current.Participants.Select(p =>
                p.UserId == NewLeadId ? p with { Roles = [.. p.Roles, Role.Lead] }
                : p.Holds(Role.Lead) ? p with { Roles = [.. p.Roles.Where(r => r != Role.Lead)] }
                : p));
        });
}
