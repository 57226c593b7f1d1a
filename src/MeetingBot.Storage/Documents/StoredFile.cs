namespace MeetingBot.Storage.Documents;

/// <summary>One stored version of a document.</summary>
/// <param name="Sha256">The content's SHA-256 in lowercase hex: tells identical uploads apart from changed ones.</param>
public sealed record StoredFile(
    string DocumentKey,
    int Version,
    string FileName,
    string ContentType,
    long Length,
    string Sha256,
    DateTimeOffset CreatedAt);
