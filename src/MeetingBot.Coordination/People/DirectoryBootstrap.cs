namespace MeetingBot.Coordination.People;

/// <summary>
/// The first administrators, from configuration: only while the directory has none (after that, administrators
/// keep the directory themselves and the configuration is history). A configured person already in the directory
/// (same phone, or same Teams id) is given the role rather than added twice, so running it again changes nothing.
/// </summary>
public static class DirectoryBootstrap
{
    public sealed record Result(PeopleDirectory Directory, int Added, int Granted);

    public static Result Apply(PeopleDirectory directory, IEnumerable<AdministratorEntry> administrators, Func<string> newPersonId)
    {
        if (directory.With(OrganisationRole.Administrator).Any())
        {
            return new Result(directory, 0, 0);
        }

        var people = directory.People.ToList();
        int added = 0, granted = 0;
        foreach (var entry in administrators)
        {
            var phone = PhoneNumber.Normalise(entry.Phone);
            var teamsId = string.IsNullOrWhiteSpace(entry.TeamsAadObjectId) ? null : entry.TeamsAadObjectId.Trim();
            var index = people.FindIndex(p => PhoneNumber.Same(p.Phone, phone)
                || (teamsId is not null && p.IdentityOn(IdentityKinds.TeamsAadObjectId) == teamsId));
            if (index >= 0)
            {
                if (!people[index].Holds(OrganisationRole.Administrator))
                {
                    people[index] = people[index] with { Roles = [.. people[index].Roles, OrganisationRole.Administrator] };
                    granted++;
                }

                continue;
            }

            ChannelIdentity[] identities = teamsId is null ? [] : [new(IdentityKinds.TeamsAadObjectId, teamsId)];
            people.Add(new DirectoryPerson(newPersonId(), entry.Name.Trim(), Blank(entry.Unit), Blank(entry.Title), phone, Blank(entry.Email),
                [OrganisationRole.Administrator], identities));
            added++;
        }

        return added + granted == 0
            ? new Result(directory, 0, 0)
            : new Result(directory with { People = people, Version = directory.Version + 1 }, added, granted);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
