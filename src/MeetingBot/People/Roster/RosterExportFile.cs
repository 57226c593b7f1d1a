using MeetingBot.Coordination.People;
using MeetingBot.Documents.Links;
using MeetingBot.Storage.Documents;

namespace MeetingBot.People.Roster;

/// <summary>
/// The roster as a file an administrator downloads: written now from the directory, kept as the next version of
/// one document, and offered by a link issued to him (checked again at download by <see cref="RosterExportReaders"/>).
/// </summary>
public sealed class RosterExportFile(PeopleDirectoryStore store, IDocumentStore documents, DocumentLinks links)
{
    public const string DocumentKey = "people/roster-export";
    public const string FileName = "花名册.xlsx";

    public async Task<DocumentLink> PublishAsync(DirectoryPerson administrator, CancellationToken cancellationToken)
    {
        var directory = await store.GetAsync(cancellationToken);
        using var content = new MemoryStream(RosterWriter.Write(directory.People, RosterFormat.Xlsx), writable: false);
        var stored = await documents.PutAsync(DocumentKey, content, RosterFormats.XlsxContentType, FileName, cancellationToken);
        return await links.IssueAsync(DocumentKey, stored.Version, FileName, RosterFormats.XlsxContentType, administrator.Id);
    }
}
