namespace MeetingBot.BotFramework.Storage;

/// <summary>The one signal that a conditional write lost a race: re-read and re-apply.</summary>
public sealed class StorageConflictException(string key, WriteCondition condition)
    : Exception($"The document '{key}' changed or exists; the write ({condition}) was refused.")
{
    public string Key { get; } = key;
    public WriteCondition Condition { get; } = condition;
}
