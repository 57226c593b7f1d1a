using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>The secretary sets which department heads a member oversees (replacing the previous list).</summary>
public sealed record AssignDepartmentHeads(long ExpectedVersion, string MemberId, IReadOnlyList<string> DepartmentHeadIds)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.DepartmentHeadsAssigned,
            $"{MemberId}: {string.Join(",", DepartmentHeadIds)}", current =>
            {
                if (!current.Holds(MemberId, Role.Member))
                {
                    return Failure.Invalid(FailureCodes.NotAMember, ("name", current.NameOf(MemberId)));
                }

                return RosterChange.With(current, current.Participants.Select(p =>
                    p.UserId == MemberId ? p with { OverseenDepartmentHeads = DepartmentHeadIds } : p));
            });
}
