using System.Net.WebSockets;
using System.Threading.Channels;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.WebChannel.Tests.DirectLine;

/// <summary>
/// The client end of a stream, in memory: records every frame the server sends and how the server closed it; the
/// "client" can close it too. Frames are ActivitySets, or null for an empty keep-alive frame.
/// </summary>
internal sealed class FakeWebSocket : WebSocket
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);
    private readonly Channel<ActivitySet?> _frames = Channel.CreateUnbounded<ActivitySet?>();
    private readonly TaskCompletionSource _clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _serverClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile int _state = (int)WebSocketState.Open;
    private WebSocketCloseStatus? _closeStatus;
    private string? _closeDescription;

    public override WebSocketCloseStatus? CloseStatus => _closeStatus;

    public override string? CloseStatusDescription => _closeDescription;

    public override WebSocketState State => (WebSocketState)_state;

    public override string? SubProtocol => null;

    /// <summary>Completes when the server has closed its side.</summary>
    public Task ServerClosed => _serverClosed.Task;

    public bool HasFrame => _frames.Reader.Count > 0;

    /// <summary>The next frame the server sent (null: a keep-alive), waiting for it.</summary>
    public async Task<ActivitySet?> NextFrameAsync() => await _frames.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

    /// <summary>Frames until <paramref name="count"/> activities have arrived.</summary>
    public async Task<IReadOnlyList<ActivitySet>> FramesUntilAsync(int count)
    {
        var frames = new List<ActivitySet>();
        while (frames.Sum(f => f.Activities.Count) < count)
        {
            if (await NextFrameAsync() is { } frame)
            {
                frames.Add(frame);
            }
        }

        return frames;
    }

    public async Task WaitServerClosedAsync() => await _serverClosed.Task.WaitAsync(HangGuard);

    public void CloseFromClient() => _clientClosed.TrySetResult();

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        await Task.WhenAny(_clientClosed.Task, _serverClosed.Task).WaitAsync(cancellationToken);
        // The client closes, or answers the server's close.
        _state = State == WebSocketState.CloseSent ? (int)WebSocketState.Closed : (int)WebSocketState.CloseReceived;
        return new WebSocketReceiveResult(0, WebSocketMessageType.Close, true, WebSocketCloseStatus.NormalClosure, "");
    }

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            throw new WebSocketException(WebSocketError.InvalidState);
        }

        _frames.Writer.TryWrite(buffer.Count == 0 ? null : System.Text.Json.JsonSerializer.Deserialize<ActivitySet>(buffer, BotJson.Options));
        return Task.CompletedTask;
    }

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
    {
        _closeStatus = closeStatus;
        _closeDescription = statusDescription;
        _state = State == WebSocketState.CloseReceived ? (int)WebSocketState.Closed : (int)WebSocketState.CloseSent;
        _serverClosed.TrySetResult();
        return Task.CompletedTask;
    }

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Abort() => _state = (int)WebSocketState.Aborted;

    public override void Dispose()
    {
    }
}
