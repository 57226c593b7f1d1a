using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>The secretary adds someone with their roles; a department head may be put under the member who oversees him.</summary>
public sealed record AddParticipant(long ExpectedVersion, Person Person, IReadOnlyList<Role> Roles, string? OverseenByMemberId, string? Department)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.ParticipantAdded, Person.UserId, current =>
        {
            if (current.Find(Person.UserId) is not null)
            {
                return Failure.Invalid(FailureCodes.DuplicateParticipant, ("name", Person.Name));
            }

            if (OverseenByMemberId is not null && !current.Holds(OverseenByMemberId, Role.Member))
            {
                return Failure.Invalid(FailureCodes.NotAMember, ("name", current.NameOf(OverseenByMemberId)));
            }

            var added = new Participant(Person.UserId, Person.Name, Roles, [], Department);
            var roster = current.Participants
                .Select(p => p.UserId == OverseenByMemberId ? p with { OverseenDepartmentHeads = [.. p.OverseenDepartmentHeads, Person.UserId] } : p)
                .Append(added);
            return RosterChange.With(current, roster);
        });
}
