using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Tests.Chat.Meetings;

/// <summary>
/// Memory storage where another turn can win the race for a state document: while armed, just before the bot
/// writes a key that <see cref="Races"/> matches, the document is written again as it is (a new ETag), so the
/// bot's conditional write loses. <see cref="TimesToWin"/> says how many of the bot's writes lose.
/// </summary>
internal sealed class RacingStateStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private int _timesToWin;

    public Func<string, bool> Races { get; set; } = _ => false;

    public int Won { get; private set; }

    public int TimesToWin
    {
        get => Volatile.Read(ref _timesToWin);
        set => Volatile.Write(ref _timesToWin, value);
    }

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default) => _inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (condition.Kind == WriteConditionKind.IfMatch && Races(key) && Interlocked.Decrement(ref _timesToWin) >= 0
            && await _inner.ReadAsync(key, cancellationToken) is { } current)
        {
            await _inner.WriteAsync(key, current.Json, WriteCondition.Any, cancellationToken);
            Won++;
        }

        return await _inner.WriteAsync(key, json, condition, cancellationToken);
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        _inner.ListAsync(prefix, cancellationToken);

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(key, condition, cancellationToken);
}
