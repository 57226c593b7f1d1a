using System.Globalization;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Tests.Meetings.Storage;

/// <summary>The directory's unit lists, as a county's units set their meetings up at the same moment.</summary>
public sealed class MeetingDirectoryTests
{
    [Fact]
    public async Task UnitsFilingTheirMeetingsAtTheSameMoment_NeverLoseTheRace_AndAllAreListed()
    {
        // Before every write to a unit list, another unit of the county files its own meeting: as many as the one
        // retry policy has attempts, and more.
        var storage = new CountySettingUpAtOnce(new MemoryStorage(), others: StorageUpdates.MaxAttempts * 2);

        await new MeetingDirectory(storage).AddToUnitAsync("某县/第001镇党委", "m-1", CancellationToken.None);

        var listed = await new MeetingDirectory(storage).BelowAsync("某县", CancellationToken.None);
        Assert.Contains(("某县/第001镇党委", "m-1"), listed);
        Assert.Equal(storage.Filed + 1, listed.Count);
        Assert.Empty(await new MeetingDirectory(storage).BelowAsync("某县/第999镇党委", CancellationToken.None));
    }

    [Fact]
    public async Task MeetingsFiledInTheCountyWideDocumentOfEarlierVersions_AreStillListed_WithTheNewOnes()
    {
        var storage = new MemoryStorage();
        var legacy = new UnitMeetingIndex();
        legacy.Units["某县/东镇党委"] = ["m-old"];
        await storage.WriteDocumentAsync(MeetingDirectory.LegacyUnitsKey, legacy, WriteCondition.IfAbsent);

        await new MeetingDirectory(storage).AddToUnitAsync("某县/东镇党委", "m-new", CancellationToken.None);
        await new MeetingDirectory(storage).AddToUnitAsync("某县/东镇党委", "m-old", CancellationToken.None);

        Assert.Equal([("某县/东镇党委", "m-old"), ("某县/东镇党委", "m-new")], await new MeetingDirectory(storage).BelowAsync("某县", CancellationToken.None));
    }

    /// <summary>Memory storage where, just before each write to a unit list, another unit files a meeting of its own.</summary>
    private sealed class CountySettingUpAtOnce(MemoryStorage inner, int others) : IStorage
    {
        private int _left = others;

        public int Filed { get; private set; }

        public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
        {
            if (key.StartsWith(MeetingDirectory.LegacyUnitsKey, StringComparison.Ordinal) && _left-- > 0)
            {
                Filed++;
                var other = Filed + 1;
                await new MeetingDirectory(inner).AddToUnitAsync(string.Create(CultureInfo.InvariantCulture, $"某县/第{other:000}镇党委"), "m-" + other.ToString(CultureInfo.InvariantCulture), cancellationToken);
            }

            return await inner.WriteAsync(key, json, condition, cancellationToken);
        }

        public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

        public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(key, condition, cancellationToken);
    }
}
