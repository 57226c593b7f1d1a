using MeetingBot.Coordination.People;
using MeetingBot.Documents.Links;

namespace MeetingBot.People.Roster;

/// <summary>A roster export link works only while its viewer is still an administrator: the file holds everyone's phone.</summary>
public sealed class RosterExportReaders(PeopleDirectoryStore store) : IDocumentGrantCheck
{
    public async Task<bool> StillAllowedAsync(DocumentGrant grant, CancellationToken cancellationToken) =>
        grant.DocumentKey == RosterExportFile.DocumentKey
        && (await store.GetAsync(cancellationToken)).Find(grant.ViewerId)?.Holds(OrganisationRole.Administrator) == true;
}
