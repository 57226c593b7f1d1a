namespace MeetingBot.Storage.Documents;

/// <summary>A stored version and its content, open for reading. Disposing it closes the content.</summary>
public sealed class OpenedFile(StoredFile file, Stream content) : IDisposable, IAsyncDisposable
{
    public StoredFile File { get; } = file;

    public Stream Content { get; } = content;

    public void Dispose() => Content.Dispose();

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
