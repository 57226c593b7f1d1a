using System.Globalization;
using System.Net.WebSockets;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.WebChannel.Tests.DirectLine;

public sealed class DirectLineStreamsTests
{
    private static long Sequence(Activity activity) => long.Parse(activity.Id!.Split('|')[1], CultureInfo.InvariantCulture);

    private static IEnumerable<string?> Texts(IEnumerable<ActivitySet> frames) => frames.SelectMany(f => f.Activities).Select(a => a.Text);

    [Fact]
    public async Task ThreeWindowsOfOnePerson_AllStayOpen_AndEachGetsEveryActivity_WithoutWaitingForAnyTimer()
    {
        await using var bed = new StreamTestBed();
        var person = StreamTestBed.Person();
        FakeWebSocket[] windows = [bed.Open(person), bed.Open(person), bed.Open(person)];

        await bed.AppendAsync("一");
        await bed.AppendAsync("二");

        // Fake time never moves: only the in-process signal can have woken the streams.
        foreach (var window in windows)
        {
            Assert.Equal(["一", "二"], Texts(await window.FramesUntilAsync(2)));
            Assert.Equal(WebSocketState.Open, window.State);
        }

        Assert.Equal(3, bed.Streams.CountOpen(person));
    }

    [Fact]
    public async Task ConcurrentAppends_ReachEveryWindow_InWatermarkOrder_OnceEach_WithoutGaps()
    {
        await using var bed = new StreamTestBed();
        var person = StreamTestBed.Person();
        FakeWebSocket[] windows = [bed.Open(person), bed.Open(person), bed.Open(person)];

        await Task.WhenAll(Enumerable.Range(1, 60).Select(i => Task.Run(() => bed.AppendAsync($"m{i}"))));

        foreach (var window in windows)
        {
            var frames = await window.FramesUntilAsync(60);
            Assert.All(frames, frame => Assert.Equal(frame.Activities.Select(Sequence).Order(), frame.Activities.Select(Sequence)));
            Assert.Equal(Enumerable.Range(1, 60).Select(i => (long)i), frames.SelectMany(f => f.Activities).Select(Sequence));
            Assert.All(frames, frame => Assert.Equal(Sequence(frame.Activities[^1]).ToString(CultureInfo.InvariantCulture), frame.Watermark));
        }
    }

    [Fact]
    public async Task AnAppendStillBeingWritten_HoldsBackTheOnesAfterIt_SoTheyArriveTogetherInOrder()
    {
        var storage = new SlowCreateStorage(new MemoryStorage());
        await using var bed = new StreamTestBed(storage);
        var window = bed.Open(StreamTestBed.Person());
        await bed.AppendAsync("一");
        Assert.Equal(["一"], Texts(await window.FramesUntilAsync(1)));

        // Number 2 is claimed but its write is slow; number 3 is written and rings the stream meanwhile.
        storage.Hold(DirectLineConversations.ActivityKey("c1", 2));
        var slow = bed.AppendAsync("二");
        var third = await bed.AppendAsync("三");
        Assert.Equal("c1|0000003", third.Id);
        storage.Finish(DirectLineConversations.ActivityKey("c1", 2));
        await slow;

        // Had 3 gone out alone, the client's watermark would have passed 2 for good.
        var next = await window.NextFrameAsync();
        Assert.NotNull(next);
        Assert.Equal(["二", "三"], next.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task AnIdleStream_ReadsStorageOnlyEveryTenSeconds_WhichBringsWhatAnotherInstanceAppended()
    {
        await using var bed = new StreamTestBed();
        var window = bed.Open(StreamTestBed.Person());
        await bed.Time.TimerCreatedAsync();

        // Another instance shares the storage but not this process's signals.
        var otherInstance = new DirectLineConversations(bed.Storage, new DirectLineSignals(), bed.Time);
        await otherInstance.AppendAsync("c1", false, new Activity { Type = ActivityTypes.Message, Text = "别处" }, CancellationToken.None);

        Assert.Equal([DirectLineStreams.SafetyReadInterval], bed.Time.DueTimes);
        Assert.Equal(TimeSpan.FromSeconds(10), DirectLineStreams.SafetyReadInterval);
        Assert.False(window.HasFrame);
        bed.Time.Advance(DirectLineStreams.SafetyReadInterval);
        Assert.Equal(["别处"], Texts(await window.FramesUntilAsync(1)));
    }

    [Fact]
    public async Task OneWindowPastTheBound_ClosesTheOldest_AndTheRestKeepReceiving()
    {
        await using var bed = new StreamTestBed(maxStreams: 3);
        var person = StreamTestBed.Person();
        var windows = Enumerable.Range(0, 4).Select(_ => bed.Open(person)).ToList();

        await windows[0].WaitServerClosedAsync();
        await bed.AppendAsync("一");

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, windows[0].CloseStatus);
        Assert.Equal(DirectLineStreams.TooManyStreamsReason, windows[0].CloseStatusDescription);
        foreach (var window in windows.Skip(1))
        {
            Assert.Equal(["一"], Texts(await window.FramesUntilAsync(1)));
            Assert.Equal(WebSocketState.Open, window.State);
        }

        Assert.Equal(3, bed.Streams.CountOpen(person));
    }

    [Fact]
    public async Task AWindowTheClientClosed_NoLongerCounts_SoANewOneClosesNoOther()
    {
        await using var bed = new StreamTestBed(maxStreams: 2);
        var person = StreamTestBed.Person();
        var phone = bed.Open(person);
        var pc = bed.Open(person);

        phone.CloseFromClient();
        await phone.WaitServerClosedAsync();
        var tablet = bed.Open(person);
        await bed.AppendAsync("一");

        Assert.Equal(WebSocketCloseStatus.NormalClosure, phone.CloseStatus);
        Assert.Equal(["一"], Texts(await pc.FramesUntilAsync(1)));
        Assert.Equal(["一"], Texts(await tablet.FramesUntilAsync(1)));
        Assert.Null(pc.CloseStatus);
        Assert.Equal(2, bed.Streams.CountOpen(person));
    }

    [Fact]
    public async Task TheBound_IsPerPerson_AnotherPersonsWindowsCloseNone()
    {
        await using var bed = new StreamTestBed(maxStreams: 1);
        var li = bed.Open(StreamTestBed.Person("dl_li", "team"));
        var wang = bed.Open(StreamTestBed.Person("dl_wang", "team"));

        await bed.AppendAsync("大家好", "team");

        Assert.Equal(["大家好"], Texts(await li.FramesUntilAsync(1)));
        Assert.Equal(["大家好"], Texts(await wang.FramesUntilAsync(1)));
        Assert.Null(li.CloseStatus);
    }

    [Fact]
    public async Task ARevokedGrant_ClosesEverySocketOfIt_AtTheGrantCheck_AndNoOtherSocket()
    {
        await using var bed = new StreamTestBed();
        var revoked = StreamTestBed.Person("dl_li", "team", grantId: "g-li");
        var other = StreamTestBed.Person("dl_wang", "team", grantId: "g-wang");
        FakeWebSocket[] closing = [bed.Open(revoked), bed.Open(revoked)];
        var staying = bed.Open(other);

        bed.Grants.Revoked.Add("g-li");
        await bed.AdvanceUntilAsync(() => closing.All(s => s.ServerClosed.IsCompleted), TimeSpan.FromMinutes(2));

        Assert.All(closing, s => Assert.Equal((WebSocketCloseStatus.PolicyViolation, DirectLineStreams.RevokedReason), (s.CloseStatus!.Value, s.CloseStatusDescription)));
        Assert.Null(staying.CloseStatus);
        Assert.Equal(0, bed.Streams.CountOpen(revoked));
    }

    [Fact]
    public async Task EndGrant_ClosesItsSocketsAtOnce()
    {
        await using var bed = new StreamTestBed();
        var person = StreamTestBed.Person(grantId: "g-li");
        FakeWebSocket[] windows = [bed.Open(person), bed.Open(person)];

        Assert.Equal(2, bed.Streams.EndGrant("g-li"));

        foreach (var window in windows)
        {
            await window.WaitServerClosedAsync();
            Assert.Equal(DirectLineStreams.RevokedReason, window.CloseStatusDescription);
        }
    }

    [Fact]
    public async Task AQuietStream_SendsAnEmptyKeepAlive_AfterThirtySecondsOfSilence()
    {
        await using var bed = new StreamTestBed();
        var window = bed.Open(StreamTestBed.Person());
        var start = bed.Time.GetUtcNow();

        await bed.AdvanceUntilAsync(() => window.HasFrame, TimeSpan.FromMinutes(2));

        Assert.Null(await window.NextFrameAsync());
        Assert.True(bed.Time.GetUtcNow() - start >= DirectLineStreams.KeepAliveInterval);
        Assert.Equal(WebSocketState.Open, window.State);
    }

    [Fact]
    public async Task AReconnectingWindow_ResumesAfterItsWatermark()
    {
        await using var bed = new StreamTestBed();
        await bed.AppendAsync("一");
        await bed.AppendAsync("二");

        var window = bed.Open(StreamTestBed.Person(), watermark: 1);
        await bed.AppendAsync("三");

        Assert.Equal(["二", "三"], Texts(await window.FramesUntilAsync(2)));
    }
}
