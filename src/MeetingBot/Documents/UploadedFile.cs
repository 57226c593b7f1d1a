namespace MeetingBot.Documents;

/// <summary>A file a person sent, downloaded and checked: its name, its verified type and its bytes.</summary>
public sealed record UploadedFile(string Name, UploadedFileType Type, ReadOnlyMemory<byte> Content)
{
    public long Size => Content.Length;

    public Stream OpenRead() => new MemoryStream(Content.ToArray(), writable: false);
}
