using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Diagnostics;

/// <summary>
/// Counts the conditional writes a provider refused (<see cref="StorageConflictException"/>) whatever the
/// provider, then lets the conflict go on to the caller that re-reads and re-applies. Everything else passes
/// through untouched.
/// </summary>
public sealed class ObservedStorage(IStorage inner, BotTelemetry telemetry) : IStorage
{
    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(key, cancellationToken);

    // Passed on, so the provider answers "unchanged" without sending the text (the default would read it).
    public Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default) =>
        inner.ReadIfChangedAsync(key, knownETag, cancellationToken);

    // Passed on as one call: the interface's default would read the keys one by one, undoing the provider's single round trip.
    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.ReadManyAsync(keys, cancellationToken);

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.WriteAsync(key, json, condition, cancellationToken);
        }
        catch (StorageConflictException conflict)
        {
            Count("write", conflict.Condition);
            throw;
        }
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        inner.ListAsync(prefix, cancellationToken);

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.DeleteAsync(key, condition, cancellationToken);
        }
        catch (StorageConflictException conflict)
        {
            Count("delete", conflict.Condition);
            throw;
        }
    }

    public bool WritesAllOrNone => inner.WritesAllOrNone;

    public async Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.WriteAllAsync(changes, cancellationToken);
        }
        catch (StorageConflictException conflict)
        {
            Count("write-all", conflict.Condition);
            throw;
        }
    }

    private void Count(string operation, WriteCondition condition) =>
        telemetry.StorageConflicts.Add(1,
            new KeyValuePair<string, object?>(BotTelemetry.StorageOperationTag, operation),
            // The kind only: an ETag value would make every conflict its own series.
            new KeyValuePair<string, object?>(BotTelemetry.StorageConditionTag, condition.Kind switch
            {
                WriteConditionKind.IfAbsent => "if-absent",
                WriteConditionKind.IfMatch => "if-match",
                _ => "any",
            }));
}
