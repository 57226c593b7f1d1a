using MeetingBot.WebChannel.DirectLine;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.Tests.DirectLine;

/// <summary>
/// Streams over in-memory storage and fake time, as one service instance runs them. Each opened socket runs its
/// stream in the background until the client or the server closes it, or the bed is disposed.
/// </summary>
internal sealed class StreamTestBed : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];

    public StreamTestBed(IStorage? storage = null, int maxStreams = DirectLineOptions.DefaultMaxStreamsPerPerson)
    {
        Storage = storage ?? new MemoryStorage();
        Conversations = new DirectLineConversations(Storage, Signals, Time);
        Streams = new DirectLineStreams(Conversations, Signals, Grants, Options.Create(new DirectLineOptions { MaxStreamsPerPerson = maxStreams }),
            Time, NullLogger<DirectLineStreams>.Instance);
    }

    public IStorage Storage { get; }

    public RecordingTimeProvider Time { get; } = new();

    public DirectLineSignals Signals { get; } = new();

    public FakeGrants Grants { get; } = new();

    public DirectLineConversations Conversations { get; }

    public DirectLineStreams Streams { get; }

    public static DirectLineIdentity Person(string userId = "dl_li", string conversationId = "c1", string? grantId = null) =>
        new(new DirectLineGrant(grantId ?? $"grant-{userId}", userId, null, conversationId, IsGroup: false), "token", DateTimeOffset.MaxValue);

    /// <summary>A window connecting: its stream is registered before this returns.</summary>
    public FakeWebSocket Open(DirectLineIdentity identity, long? watermark = null)
    {
        var socket = new FakeWebSocket();
        _running.Add(Streams.RunAsync(socket, identity, watermark, _stop.Token));
        return socket;
    }

    public Task<Activity> AppendAsync(string text, string conversationId = "c1") =>
        Conversations.AppendAsync(conversationId, false, new Activity { Type = ActivityTypes.Message, Text = text }, CancellationToken.None);

    /// <summary>Moves fake time a second at a time (letting the streams run between steps) until <paramref name="done"/>.</summary>
    public async Task AdvanceUntilAsync(Func<bool> done, TimeSpan limit)
    {
        for (var elapsed = TimeSpan.Zero; !done(); elapsed += TimeSpan.FromSeconds(1))
        {
            Assert.True(elapsed < limit, $"not done after {limit} of fake time");
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running).WaitAsync(TimeSpan.FromSeconds(20));
        _stop.Dispose();
    }
}
