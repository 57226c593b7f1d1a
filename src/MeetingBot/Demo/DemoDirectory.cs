using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.Demo;

/// <summary>
/// The demo team in the directory of people, as an administrator would have entered them before anyone chats: each
/// with the id the Emulator channel gives them (believed in Development only), and the office as the organiser,
/// because only organisers may set up meetings.
/// </summary>
public static class DemoDirectory
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var seeded = await services.GetRequiredService<PeopleDirectoryStore>().UpdateAsync(directory =>
        {
            var current = directory;
            foreach (var name in DemoTeam.Everyone)
            {
                if (current.FindByIdentity(IdentityKinds.Emulator, DemoTeam.Id(name)) is not null)
                {
                    continue; // A second run in the same folder finds the team already there.
                }

                OrganisationRole[] roles = name == DemoTeam.Office ? [OrganisationRole.Organiser] : [];
                var person = new DirectoryPerson(PeopleDirectoryStore.NewPersonId(), name, DemoTeam.Unit, null, null, null, roles,
                    [new ChannelIdentity(IdentityKinds.Emulator, DemoTeam.Id(name))]);
                var added = DirectoryChanges.Add(current, by: null, person);
                if (!added.IsSuccess)
                {
                    return added;
                }

                current = added.Value;
            }

            return current;
        }, cancellationToken);
        if (!seeded.IsSuccess)
        {
            throw new DemoStepFailedException(FailureTexts.For(seeded.Failure).ZhCn);
        }
    }
}
