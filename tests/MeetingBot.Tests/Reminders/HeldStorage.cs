using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// Memory storage that holds every read of one key until <see cref="Release"/>: whoever reads it waits there, and
/// <see cref="Reached"/> says someone does. Everything else passes straight through.
/// </summary>
internal sealed class HeldStorage(string heldKey) : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the held key is first read.</summary>
    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (string.Equals(key, heldKey, StringComparison.Ordinal))
        {
            _reached.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        return await _inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default) =>
        _inner.WriteAsync(key, json, condition, cancellationToken);

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        _inner.ListAsync(prefix, cancellationToken);

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(key, condition, cancellationToken);
}
