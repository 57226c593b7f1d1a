namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// One document's change in <see cref="IStorage.WriteAllAsync"/>: its new text, or null to delete it; the condition the
/// stored document must meet; and the ETag it is to carry, chosen by the writer so that what a turn handed out while it
/// held the write is what the storage keeps (providers that cannot choose ETags report theirs instead).
/// </summary>
public sealed record DocumentChange(string Key, string? Json, WriteCondition Condition, string? NewETag)
{
    public bool IsDelete => Json is null;

    /// <summary>A fresh ETag in the form the SQL providers store.</summary>
    public static string NewTag() => $"\"{Guid.NewGuid():N}\"";

    /// <summary>A delete of what must be absent would change nothing: a batch does not carry one.</summary>
    public static ArgumentException AbsentDelete(DocumentChange change) =>
        new($"The delete of '{change.Key}' is conditional on its absence, which changes nothing; leave it out of the batch.", nameof(change));
}
