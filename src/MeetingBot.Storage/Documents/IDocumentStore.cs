namespace MeetingBot.Storage.Documents;

/// <summary>
/// Binary files (uploaded Word and PDF documents, generated reports) kept with every version. A put never replaces
/// anything: it adds the next version, and two puts at the same time get different versions. Versions are never
/// changed or removed, so a reviewer's link to version 2 shows what was reviewed. Keys are free text: providers encode
/// them. Separate from the JSON <see cref="BotFramework.Storage.IStorage"/>: files are large, streamed and immutable.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores <paramref name="content"/> (read to its end) as the next version of the document.</summary>
    /// <returns>What was stored, with the version it was given (1 for a new document).</returns>
    Task<StoredFile> PutAsync(string documentKey, Stream content, string contentType, string fileName, CancellationToken cancellationToken = default);

    /// <summary>One version, or the latest when <paramref name="version"/> is null.</summary>
    /// <returns>The file and its content, to be disposed by the caller; null when there is no such document or version.</returns>
    Task<OpenedFile?> GetAsync(string documentKey, int? version = null, CancellationToken cancellationToken = default);

    /// <returns>Every version, oldest first; empty for an unknown key.</returns>
    Task<IReadOnlyList<StoredFile>> ListVersionsAsync(string documentKey, CancellationToken cancellationToken = default);
}
