using MeetingBot.BotFramework.Storage;

namespace MeetingBot.WebChannel.Tests.DirectLine;

/// <summary>
/// Storage where one create is slow: its key is claimed at once (a rival create of it conflicts) but the document
/// shows in reads only when the test lets the write finish. That is how a later append can land before an earlier
/// one is visible.
/// </summary>
internal sealed class SlowCreateStorage(IStorage inner) : IStorage
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource> _held = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    /// <summary>The next create of <paramref name="key"/> waits until <see cref="Finish"/>.</summary>
    public void Hold(string key)
    {
        lock (_gate)
        {
            _held[key] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Finish(string key)
    {
        lock (_gate)
        {
            _held[key].TrySetResult();
        }
    }

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        Task? wait = null;
        if (condition.Kind == WriteConditionKind.IfAbsent)
        {
            lock (_gate)
            {
                if (!_claimed.Add(key))
                {
                    throw new StorageConflictException(key, condition);
                }

                wait = _held.TryGetValue(key, out var held) ? held.Task : null;
            }
        }

        if (wait is not null)
        {
            await wait.WaitAsync(cancellationToken);
        }

        return await inner.WriteAsync(key, json, condition, cancellationToken);
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, condition, cancellationToken);
}
