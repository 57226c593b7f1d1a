namespace MeetingBot.BotFramework.Storage;

/// <summary>What <see cref="StorageUpdates.UpdateAsync{T}(IStorage, string, System.Func{T, T}, System.Threading.CancellationToken)"/> left stored (null: no document), and whether it wrote it.</summary>
public readonly record struct Updated<T>(T? Value, bool Written) where T : class;
