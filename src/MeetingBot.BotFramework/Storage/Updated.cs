namespace MeetingBot.BotFramework.Storage;

/// <summary>What <see cref="StorageUpdates.UpdateAsync{T}(IStorage, string, System.Func{T, T}, System.Threading.CancellationToken)"/> left stored (null: no document), and whether it wrote it.</summary>
/// <param name="ETag">The stored document's ETag (null: no document), for a later write conditional on it.</param>
public readonly record struct Updated<T>(T? Value, bool Written, string? ETag = null) where T : class;
