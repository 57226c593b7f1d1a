using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.People;

/// <summary>
/// The changes an administrator makes to the directory. <c>by</c> is the acting person, or null for the service
/// itself (configuration at first start, the command line run by whoever operates the server, data migration).
/// Every success is a new version of the whole directory; the caller writes it with the ETag it read.
/// </summary>
public static class DirectoryChanges
{
    public static Outcome<PeopleDirectory> Add(PeopleDirectory directory, DirectoryPerson? by, DirectoryPerson person) =>
        Change(directory, by, current =>
            (Within(current, by, person.Unit) ?? Check(current, person, exceptId: null)) is { } failure ? failure : current with { People = [.. current.People, person] });

    /// <summary>Replaces a person's details (name, unit, title, phone, e-mail); roles and identities stay.</summary>
    public static Outcome<PeopleDirectory> Update(PeopleDirectory directory, DirectoryPerson? by, DirectoryPerson person) =>
        Change(directory, by, current =>
        {
            if (current.Find(person.Id) is not { } existing)
            {
                return Failure.NotFound(FailureCodes.PersonNotFound, ("name", person.Name));
            }

            var updated = person with { Roles = existing.Roles, Identities = existing.Identities };
            return (Within(current, by, existing.Unit) ?? Within(current, by, person.Unit) ?? Check(current, updated, person.Id)) is { } failure
                ? failure
                : Replace(current, updated);
        });

    public static Outcome<PeopleDirectory> Remove(PeopleDirectory directory, DirectoryPerson? by, string personId) =>
        Change(directory, by, current =>
        {
            if (current.Find(personId) is not { } person)
            {
                return Failure.NotFound(FailureCodes.PersonNotFound, ("name", personId));
            }

            if (Within(current, by, person.Unit) is { } outside)
            {
                return outside;
            }

            if (person.Holds(OrganisationRole.Administrator) && current.With(OrganisationRole.Administrator).Count() == 1)
            {
                return Failure.Invalid(FailureCodes.LastAdministrator, ("name", person.Name));
            }

            return current with { People = [.. current.People.Where(p => p.Id != personId)] };
        });

    public static Outcome<PeopleDirectory> Grant(PeopleDirectory directory, DirectoryPerson? by, string personId, OrganisationRole role) =>
        ChangePerson(directory, by, personId, p => p.Holds(role) ? p : p with { Roles = [.. p.Roles, role] });

    public static Outcome<PeopleDirectory> Revoke(PeopleDirectory directory, DirectoryPerson? by, string personId, OrganisationRole role) =>
        Change(directory, by, current =>
        {
            if (current.Find(personId) is not { } person)
            {
                return Failure.NotFound(FailureCodes.PersonNotFound, ("name", personId));
            }

            if (Within(current, by, person.Unit) is { } outside)
            {
                return outside;
            }

            if (role == OrganisationRole.Administrator && person.Holds(role) && current.With(role).Count() == 1)
            {
                return Failure.Invalid(FailureCodes.LastAdministrator, ("name", person.Name));
            }

            return Replace(current, person with { Roles = [.. person.Roles.Where(r => r != role)] });
        });

    /// <summary>Links a channel id to a person; an id already linked to someone else is refused.</summary>
    public static Outcome<PeopleDirectory> Link(PeopleDirectory directory, DirectoryPerson? by, string personId, ChannelIdentity identity) =>
        Change(directory, by, current =>
        {
            if (current.FindByIdentity(identity.Kind, identity.Id) is { } holder)
            {
                return holder.Id == personId ? current : Failure.Conflict(FailureCodes.DuplicateIdentity, ("name", holder.Label));
            }

            if (current.Find(personId) is not { } person)
            {
                return Failure.NotFound(FailureCodes.PersonNotFound, ("name", personId));
            }

            return Within(current, by, person.Unit)
                ?? (Outcome<PeopleDirectory>)Replace(current, person with { Identities = [.. person.Identities.Where(i => i.Kind != identity.Kind), identity] });
        });

    /// <summary>Takes a person's id on one channel away (an administrator clearing a wrong platform account).</summary>
    public static Outcome<PeopleDirectory> Unlink(PeopleDirectory directory, DirectoryPerson? by, string personId, string kind) =>
        ChangePerson(directory, by, personId, p => p with { Identities = [.. p.Identities.Where(i => i.Kind != kind)] });

    /// <summary>Who may change the directory: an administrator, or the service itself.</summary>
    public static Failure? AsAdministrator(PeopleDirectory directory, DirectoryPerson? by) =>
        by is null || directory.Find(by.Id)?.Holds(OrganisationRole.Administrator) == true
            ? null
            : Failure.Forbidden(FailureCodes.AdministratorOnly, ("administrators", AdministratorNames(directory)));

    /// <summary>
    /// The part of the tree an administrator keeps: on a county's tree (units written as paths, 某县/东镇党委), his own
    /// unit and every unit below it — a town's office keeps the town's people, the county's organisation department
    /// the county's. A unit at the top of the tree, or a town's plain department name (党政办, 财政所: one town's
    /// directory, not a tree), keeps the whole directory, as does an administrator without a unit and the service
    /// itself. Null: the whole directory.
    /// </summary>
    public static string? AdministeredUnit(PeopleDirectory directory, DirectoryPerson? by) =>
        by is not null && UnitPath.Normalise(directory.Find(by.Id)?.Unit) is { } unit && unit.Contains(UnitPath.Separator, StringComparison.Ordinal)
            ? unit
            : null;

    /// <summary>Whether <paramref name="by"/> keeps people of <paramref name="unit"/>; the refusal names his part of the tree.</summary>
    public static Failure? Within(PeopleDirectory directory, DirectoryPerson? by, string? unit)
    {
        if (AdministeredUnit(directory, by) is not { } scope || UnitPath.IsAtOrBelow(unit, scope))
        {
            return null;
        }

        return Failure.Forbidden(FailureCodes.UnitNotAdministered, ("unit", UnitPath.Normalise(unit) ?? "—"), ("scope", scope), ("administrators", AdministratorNames(directory)));
    }

    /// <summary>
    /// Who to ask while the directory has no administrator: whoever runs the server, who adds one with the directory
    /// command. Said in both languages, since it stands inside a Chinese or an English sentence.
    /// </summary>
    public const string NoAdministratorYet = "服务器运维人员 / the server's operator";

    public static string AdministratorNames(PeopleDirectory directory) =>
        string.Join("、", directory.With(OrganisationRole.Administrator).Select(p => p.Label)) is { Length: > 0 } names ? names : NoAdministratorYet;

    private static Outcome<PeopleDirectory> ChangePerson(PeopleDirectory directory, DirectoryPerson? by, string personId, Func<DirectoryPerson, DirectoryPerson> change) =>
        Change(directory, by, current => current.Find(personId) is not { } person
            ? Failure.NotFound(FailureCodes.PersonNotFound, ("name", personId))
            : Within(current, by, person.Unit) ?? (Outcome<PeopleDirectory>)Replace(current, change(person)));

    private static Outcome<PeopleDirectory> Change(PeopleDirectory directory, DirectoryPerson? by, Func<PeopleDirectory, Outcome<PeopleDirectory>> change)
    {
        if (AsAdministrator(directory, by) is { } refusal)
        {
            return refusal;
        }

        var changed = change(directory);
        return changed.IsSuccess ? changed.Value with { Version = directory.Version + 1 } : changed;
    }

    private static PeopleDirectory Replace(PeopleDirectory directory, DirectoryPerson person) =>
        directory with { People = [.. directory.People.Select(p => p.Id == person.Id ? person : p)] };

    private static Failure? Check(PeopleDirectory directory, DirectoryPerson person, string? exceptId)
    {
        if (string.IsNullOrWhiteSpace(person.Name))
        {
            return Failure.Invalid(FailureCodes.PersonNameRequired);
        }

        if (!string.IsNullOrWhiteSpace(person.Phone)
            && directory.People.FirstOrDefault(p => p.Id != exceptId && p.Phone == person.Phone) is { } samePhone)
        {
            return Failure.Invalid(FailureCodes.DuplicatePhone, ("phone", person.Phone), ("name", samePhone.Label));
        }

        foreach (var identity in person.Identities)
        {
            if (directory.FindByIdentity(identity.Kind, identity.Id) is { } holder && holder.Id != exceptId && holder.Id != person.Id)
            {
                return Failure.Conflict(FailureCodes.DuplicateIdentity, ("name", holder.Label));
            }
        }

        return directory.Find(person.Id) is not null && exceptId is null
            ? Failure.Conflict(FailureCodes.DuplicateIdentity, ("name", person.Label))
            : null;
    }
}
