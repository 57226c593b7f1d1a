using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The secretary sets up a meeting from a template. The acting user becomes its secretary; the lead is also a
/// member; every deadline is computed from the template in the meeting's time zone (the template's default,
/// Asia/Shanghai for the seed, when none is given). The caller chooses the id (the domain makes no random ids).
/// </summary>
public sealed record CreateMeeting(
    string MeetingId,
    string Theme,
    DateTime LocalStart,
    string Place,
    string? TimeZoneId,
    Person Lead,
    IReadOnlyList<Person> Members,
    IReadOnlyList<DepartmentHeadAssignment> DepartmentHeads,
    IReadOnlyList<Person> Supervisors)
{
    /// <summary>The unit the meeting is set up for: the organiser's unit in the directory (null when he has none).</summary>
    public string? Unit { get; init; }

    public Outcome<Meeting> Decide(ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(Theme))
        {
            return Failure.Invalid(FailureCodes.ThemeRequired);
        }

        if (string.IsNullOrWhiteSpace(Place))
        {
            return Failure.Invalid(FailureCodes.PlaceRequired);
        }

        var zoneId = string.IsNullOrWhiteSpace(TimeZoneId) ? template.DefaultTimeZone : TimeZoneId.Trim();
        if (!WallClock.TryFindZone(zoneId, out var zone))
        {
            return Failure.Invalid(FailureCodes.UnknownTimeZone, ("zone", zoneId));
        }

        var startsAt = WallClock.ToInstant(LocalStart, zone);
        if (startsAt <= now)
        {
            return Failure.Invalid(FailureCodes.StartInThePast);
        }

        var memberIds = Members.Select(m => m.UserId).Append(Lead.UserId).ToHashSet(StringComparer.Ordinal);
        if (DepartmentHeads.FirstOrDefault(a => !memberIds.Contains(a.MemberId)) is { } stray)
        {
            return Failure.Invalid(FailureCodes.NotAMember, ("name", stray.Member.Name));
        }

        var participants = Roster(actor);
        if (RosterRules.Check(participants) is { } invalid)
        {
            return invalid;
        }

        var entry = new AuditEntry(1, now, actor.UserId, AuditActions.MeetingCreated, DocumentId.Meeting(MeetingId).ToString(), $"{template.Id}@{template.Version}");
        return new Meeting(
            MeetingId, actor.TenantId, template.Id, template.Version, Theme.Trim(), Place.Trim(),
            DateTime.SpecifyKind(LocalStart, DateTimeKind.Unspecified), zoneId, startsAt, participants,
            DeadlineTable.Compute(template, LocalStart, zone), [], [], MeetingStatus.Preparing, null, null, 1, [entry])
        {
            Unit = People.UnitPath.Normalise(Unit),
        };
    }

    /// <summary>One participant per person, holding every role they were named for.</summary>
    private List<Participant> Roster(Actor actor)
    {
        var byId = new Dictionary<string, Participant>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(Person person, Role role, string? department = null)
        {
            if (!byId.TryGetValue(person.UserId, out var participant))
            {
                participant = new Participant(person.UserId, person.Name, [], [], null);
                order.Add(person.UserId);
            }

            byId[person.UserId] = participant with { Roles = [.. participant.Roles, role], Department = department ?? participant.Department };
        }

        Add(new Person(actor.UserId, actor.Name), Role.Secretary);
        Add(Lead, Role.Lead);
        foreach (var member in Members)
        {
            Add(member, Role.Member);
        }

        foreach (var assignment in DepartmentHeads)
        {
            Add(assignment.Head, Role.DepartmentHead, assignment.Department);
        }

        foreach (var supervisor in Supervisors)
        {
            Add(supervisor, Role.Supervisor);
        }

        foreach (var group in DepartmentHeads.GroupBy(a => a.MemberId))
        {
            var overseer = byId[group.Key];
            byId[group.Key] = overseer with { OverseenDepartmentHeads = [.. overseer.OverseenDepartmentHeads, .. group.Select(a => a.Head.UserId)] };
        }

        return [.. order.Select(id => RosterRules.Normalise(byId[id]))];
    }
}
