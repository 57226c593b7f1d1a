using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.People;

/// <summary>
/// Meetings set up in the web chat before the directory existed named their people by a web chat user id
/// (<c>dl_…</c>). Each such id becomes one directory person with a new random id, the old id kept as their
/// <see cref="IdentityKinds.WebChat"/> identity so their conversations and invitations go on; a meeting's secretary
/// becomes an organiser (he set meetings up before). An id already in the directory is not added again.
/// </summary>
public static class WebChatMigration
{
    public const string WebChatTenant = "channel:directline";

    public sealed record Result(PeopleDirectory Directory, int Added, int Organisers);

    public static Result Apply(PeopleDirectory directory, IEnumerable<Meeting> meetings, Func<string> newPersonId)
    {
        var people = directory.People.ToList();
        int added = 0, organisers = 0;
        foreach (var meeting in meetings.Where(m => m.TenantId == WebChatTenant))
        {
            foreach (var participant in meeting.Participants.Where(p => !string.IsNullOrWhiteSpace(p.UserId)))
            {
                var organiser = participant.Holds(Role.Secretary);
                var index = people.FindIndex(p => p.WebChatUserId == participant.UserId);
                if (index < 0)
                {
                    people.Add(new DirectoryPerson(newPersonId(), participant.Name, participant.Department, null, null, null,
                        organiser ? [OrganisationRole.Organiser] : [], [new(IdentityKinds.WebChat, participant.UserId)]));
                    added++;
                    organisers += organiser ? 1 : 0;
                }
                else if (organiser && !people[index].Holds(OrganisationRole.Organiser))
                {
                    people[index] = people[index] with { Roles = [.. people[index].Roles, OrganisationRole.Organiser] };
                    organisers++;
                }
            }
        }

        return added + organisers == 0
            ? new Result(directory, 0, 0)
            : new Result(directory with { People = people, Version = directory.Version + 1 }, added, organisers);
    }
}
