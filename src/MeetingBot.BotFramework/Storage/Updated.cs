namespace MeetingBot.BotFramework.Storage;

/// <summary>What <see cref="StorageUpdates.UpdateAsync{T}"/> left stored (null: no document), and whether it wrote it.</summary>
public readonly record struct Updated<T>(T? Value, bool Written) where T : class;
