using MeetingBot.WebChannel.DirectLine;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.WebChannel.Tests.DirectLine;

public sealed class DirectLineConversationsTests
{
    private readonly MemoryStorage _storage = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    private DirectLineConversations Queue() => new(_storage, new DirectLineSignals(), _time);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Appends_GetOrderedIds_AndTheWatermarkReturnsOnlyWhatIsNewer()
    {
        var queue = Queue();
        var first = await queue.AppendAsync("c1", false, Message("一"), CancellationToken.None);
        var second = await queue.AppendAsync("c1", false, Message("二"), CancellationToken.None);

        var all = await queue.ReadAsync("c1", null, CancellationToken.None);
        await queue.AppendAsync("c1", false, Message("三"), CancellationToken.None);
        var newer = await queue.ReadAsync("c1", long.Parse(all.Watermark!, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal("c1|0000001", first.Id);
        Assert.Equal("c1|0000002", second.Id);
        Assert.Equal(["一", "二"], all.Activities.Select(a => a.Text));
        Assert.Equal("2", all.Watermark);
        Assert.Equal(["三"], newer.Activities.Select(a => a.Text));
        Assert.Equal("3", newer.Watermark);
    }

    [Fact]
    public async Task NothingNew_KeepsTheClientsWatermark()
    {
        var queue = Queue();
        await queue.AppendAsync("c1", false, Message("一"), CancellationToken.None);

        var set = await queue.ReadAsync("c1", 1, CancellationToken.None);

        Assert.Empty(set.Activities);
        Assert.Equal("1", set.Watermark);
        Assert.Null((await queue.ReadAsync("empty", null, CancellationToken.None)).Watermark);
    }

    [Fact]
    public async Task TheQueue_OutlivesTheProcess_ThatWroteIt()
    {
        await Queue().AppendAsync("c1", false, Message("一"), CancellationToken.None);

        // A new instance over the same storage (a restart) reads it and appends after it.
        var restarted = Queue();
        var next = await restarted.AppendAsync("c1", false, Message("二"), CancellationToken.None);

        Assert.Equal("c1|0000002", next.Id);
        Assert.Equal(["一", "二"], (await restarted.ReadAsync("c1", null, CancellationToken.None)).Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task AnAppendBehindALaggingHeader_TakesTheNextFreeNumber_NeverOverwrites()
    {
        var queue = Queue();
        await queue.EnsureAsync("c1", false, CancellationToken.None);
        // Another instance claimed number 1 but has not moved the header yet.
        await _storage.WriteAsync(DirectLineConversations.ActivityKey("c1", 1), new Activity { Type = ActivityTypes.Message, Text = "别处", Id = "c1|0000001" }, WriteCondition.IfAbsent);

        var appended = await queue.AppendAsync("c1", false, Message("这里"), CancellationToken.None);

        Assert.Equal("c1|0000002", appended.Id);
        Assert.Equal(["别处", "这里"], (await queue.ReadAsync("c1", null, CancellationToken.None)).Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task ConcurrentAppends_GetDistinctGapFreeNumbers()
    {
        var queue = Queue();
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => queue.AppendAsync("c1", false, Message($"m{i}"), CancellationToken.None))));

        var set = await queue.ReadAsync("c1", null, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"c1|{i:D7}"), set.Activities.Select(a => a.Id));
        Assert.Equal(20, set.Activities.Select(a => a.Text).Distinct().Count());
    }

    [Fact]
    public async Task ALongHistory_ComesInPages()
    {
        var queue = Queue();
        for (var i = 0; i < DirectLineConversations.PageSize + 5; i++)
        {
            await queue.AppendAsync("c1", false, Message($"m{i}"), CancellationToken.None);
        }

        var first = await queue.ReadAsync("c1", null, CancellationToken.None);
        var second = await queue.ReadAsync("c1", long.Parse(first.Watermark!, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal(DirectLineConversations.PageSize, first.Activities.Count);
        Assert.Equal(5, second.Activities.Count);
        Assert.Equal($"m{DirectLineConversations.PageSize}", second.Activities[0].Text);
    }

    [Fact]
    public async Task AMissingNumber_HoldsBackTheActivitiesAfterIt_UntilItIsWritten()
    {
        var queue = Queue();
        await queue.AppendAsync("c1", false, Message("一"), CancellationToken.None);
        // Number 3 is visible while number 2, claimed first, is still being written.
        await _storage.WriteAsync(DirectLineConversations.ActivityKey("c1", 3), new Activity { Type = ActivityTypes.Message, Text = "三", Id = "c1|0000003" }, WriteCondition.IfAbsent);

        var before = await queue.ReadAsync("c1", null, CancellationToken.None);
        var fromOne = await queue.ReadAsync("c1", 1, CancellationToken.None);
        await _storage.WriteAsync(DirectLineConversations.ActivityKey("c1", 2), new Activity { Type = ActivityTypes.Message, Text = "二", Id = "c1|0000002" }, WriteCondition.IfAbsent);
        var after = await queue.ReadAsync("c1", 1, CancellationToken.None);

        Assert.Equal(["一"], before.Activities.Select(a => a.Text));
        Assert.Equal("1", before.Watermark);
        Assert.Empty(fromOne.Activities);
        Assert.Equal("1", fromOne.Watermark);
        Assert.Equal(["二", "三"], after.Activities.Select(a => a.Text));
        Assert.Equal("3", after.Watermark);
    }

    [Fact]
    public async Task AHoleThatOutlivesTheGrace_IsSteppedOver_RatherThanStallTheConversation()
    {
        var queue = Queue();
        await queue.AppendAsync("c1", false, Message("一"), CancellationToken.None);
        await _storage.WriteAsync(DirectLineConversations.ActivityKey("c1", 3), new Activity { Type = ActivityTypes.Message, Text = "三", Id = "c1|0000003" }, WriteCondition.IfAbsent);

        Assert.Empty((await queue.ReadAsync("c1", 1, CancellationToken.None)).Activities);
        _time.Advance(DirectLineConversations.HoleGrace - TimeSpan.FromSeconds(1));
        Assert.Empty((await queue.ReadAsync("c1", 1, CancellationToken.None)).Activities);
        _time.Advance(TimeSpan.FromSeconds(1));
        var set = await queue.ReadAsync("c1", 1, CancellationToken.None);

        Assert.Equal(["三"], set.Activities.Select(a => a.Text));
        Assert.Equal("3", set.Watermark);
    }

    [Fact]
    public async Task Start_IsTrueOnlyForTheFirstCall()
    {
        var queue = Queue();

        Assert.True(await queue.StartAsync("c1", false, CancellationToken.None));
        Assert.False(await queue.StartAsync("c1", false, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("", true, null)]
    [InlineData("12", true, 12L)]
    [InlineData("-1", false, null)]
    [InlineData("abc", false, null)]
    public void Watermarks_AreNumbersOrAbsent(string? text, bool valid, long? expected)
    {
        Assert.Equal(valid, DirectLineConversations.TryParseWatermark(text, out var watermark));
        Assert.Equal(expected, watermark);
    }
}
