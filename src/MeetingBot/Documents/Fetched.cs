namespace MeetingBot.Documents;

/// <summary>The bytes of a download, or why there are none.</summary>
internal readonly record struct Fetched(ReadOnlyMemory<byte> Content, UploadOutcome? Refusal)
{
    public static Fetched Bytes(ReadOnlyMemory<byte> content) => new(content, null);

    public static Fetched Refused(UploadOutcome refusal) => new(default, refusal);
}
