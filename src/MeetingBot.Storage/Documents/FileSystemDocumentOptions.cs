namespace MeetingBot.Storage.Documents;

/// <summary>Section <c>Documents:FileSystem</c>.</summary>
public sealed class FileSystemDocumentOptions
{
    /// <summary>
    /// The folder; a relative path is resolved against the working directory. Unset: <c>documents</c> beside the SQLite
    /// file (<c>data/documents</c> by default), or a new temporary folder when <c>Storage:Provider</c> is <c>Memory</c>.
    /// </summary>
    public string? Path { get; set; }
}
