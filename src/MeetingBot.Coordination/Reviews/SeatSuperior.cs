using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// The secretary seats the superior (上级) who reviews what the template sends to him: a person the directory makes
/// an overseer (上级党委 / 组织部) of the meeting's unit or of a unit above it. An overseer of another branch, or
/// someone who oversees nothing, is refused — the superior of one unit reviews nothing of another. He joins the
/// meeting with the superior's role only, which shows him the items under his review and nothing else.
/// </summary>
/// <param name="OverseenUnit">The unit the person oversees by the directory (<see cref="UnitScope.OverseenBy"/>), null when none.</param>
/// <param name="MeetingUnit">The meeting's unit (<see cref="UnitScope.UnitOf"/>).</param>
public sealed record SeatSuperior(long ExpectedVersion, Person Person, string? OverseenUnit, string? MeetingUnit)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.SuperiorSeated, Person.UserId, current =>
        {
            if (OverseenUnit is null)
            {
                return Failure.Forbidden(FailureCodes.NotAnOverseer, ("name", Person.Name));
            }

            if (UnitPath.Normalise(MeetingUnit) is not { } unit)
            {
                return Failure.Conflict(FailureCodes.MeetingWithoutUnit);
            }

            if (!UnitPath.IsAtOrBelow(unit, OverseenUnit))
            {
                return Failure.Forbidden(FailureCodes.SuperiorOfAnotherUnit, ("name", Person.Name), ("scope", OverseenUnit), ("unit", unit));
            }

            if (current.Find(Person.UserId)?.Holds(Role.Superior) == true)
            {
                return Failure.Invalid(FailureCodes.DuplicateParticipant, ("name", Person.Name));
            }

            List<Participant> roster = current.Find(Person.UserId) is null
                ? [.. current.Participants, new Participant(Person.UserId, Person.Name, [Role.Superior], [], null)]
                : [.. current.Participants.Select(p => p.UserId == Person.UserId ? RosterRules.Normalise(p with { Roles = [.. p.Roles, Role.Superior] }) : p)];

            // The superior owes nothing, so a confirmed meeting stays confirmed (unlike a new member, who owes outlines).
            return RosterRules.Check(roster) is { } invalid ? invalid : current with { Participants = roster };
        });
}
