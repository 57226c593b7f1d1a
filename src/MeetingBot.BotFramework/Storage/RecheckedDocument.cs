namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// What <see cref="IStorage.ReadIfChangedAsync"/> found: the document still at the ETag the caller holds
/// (<see cref="Unchanged"/>, no text transferred), or the document as it is now, or none (<see cref="Document"/> null).
/// </summary>
public sealed record RecheckedDocument(bool Unchanged, StoredDocument? Document)
{
    public static RecheckedDocument Same { get; } = new(true, null);

    public static RecheckedDocument Now(StoredDocument? document) => new(false, document);
}
