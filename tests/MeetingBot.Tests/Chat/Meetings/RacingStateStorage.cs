using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Tests.Chat.Meetings;

/// <summary>
/// Memory storage where another turn can win the race for a state document: while armed, just before the bot
/// writes a key that <see cref="Races"/> matches, the document is written again as it is (a new ETag), so the
/// bot's conditional write loses. <see cref="TimesToWin"/> says how many of the bot's writes lose. With
/// <see cref="AllOrNone"/> it writes a turn's changes all or none, as SQLite does, and the race is lost at the commit.
/// </summary>
internal sealed class RacingStateStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private int _timesToWin;

    public Func<string, bool> Races { get; set; } = _ => false;

    public int Won { get; private set; }

    /// <summary>A storage that commits a turn's writes together (SQLite, PostgreSQL), or one that cannot (Azure Blob).</summary>
    public bool AllOrNone { get; set; }

    public bool WritesAllOrNone => AllOrNone;

    public int TimesToWin
    {
        get => Volatile.Read(ref _timesToWin);
        set => Volatile.Write(ref _timesToWin, value);
    }

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default) => _inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        await RaceAsync(key, condition, cancellationToken);
        return await _inner.WriteAsync(key, json, condition, cancellationToken);
    }

    public async Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        foreach (var change in changes)
        {
            await RaceAsync(change.Key, change.Condition, cancellationToken);
        }

        return await _inner.WriteAllAsync(changes, cancellationToken);
    }

    private async Task RaceAsync(string key, WriteCondition condition, CancellationToken cancellationToken)
    {
        if (condition.Kind == WriteConditionKind.IfMatch && Races(key) && Interlocked.Decrement(ref _timesToWin) >= 0
            && await _inner.ReadAsync(key, cancellationToken) is { } current)
        {
            await _inner.WriteAsync(key, current.Json, WriteCondition.Any, cancellationToken);
            Won++;
        }
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        _inner.ListAsync(prefix, cancellationToken);

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(key, condition, cancellationToken);
}
