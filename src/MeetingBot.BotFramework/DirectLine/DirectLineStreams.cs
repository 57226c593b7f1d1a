using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.DirectLine;

/// <summary>
/// The WebSocket stream (protocol §8.1): pushes ActivitySets as they are queued, from the watermark the client
/// connected with (none: the whole history, so a reloaded page shows it again). One socket per person and
/// conversation; a newer one closes the older with reason <c>collision</c>. The socket also reads storage on its
/// own every second, so activities queued by another instance or before a restart still arrive, and it closes
/// when the grant behind its token is revoked.
/// </summary>
public sealed partial class DirectLineStreams(
    DirectLineConversations conversations, DirectLineSignals signals, IDirectLineGrants grants, TimeProvider time, ILogger<DirectLineStreams> logger)
{
    private static readonly TimeSpan ReadInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan GrantCheckInterval = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<string, WebSocket> _open = new(StringComparer.Ordinal);

    public async Task RunAsync(WebSocket socket, DirectLineIdentity identity, long? watermark, CancellationToken cancellationToken)
    {
        var key = identity.RateKey;
        if (_open.TryGetValue(key, out var previous))
        {
            await CloseQuietlyAsync(previous, WebSocketCloseStatus.PolicyViolation, "collision");
        }

        _open[key] = socket;
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = DrainAsync(socket, closed);
        try
        {
            var conversationId = identity.Grant.ConversationId;
            var lastSent = time.GetUtcNow();
            var lastGrantCheck = time.GetUtcNow();
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var set = await conversations.ReadAsync(conversationId, watermark, closed.Token);
                if (set.Activities.Count > 0)
                {
                    await SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), closed.Token);
                    watermark = long.Parse(set.Watermark!, System.Globalization.CultureInfo.InvariantCulture);
                    lastSent = time.GetUtcNow();
                    continue;
                }

                var now = time.GetUtcNow();
                if (now - lastGrantCheck >= GrantCheckInterval)
                {
                    lastGrantCheck = now;
                    if (!await grants.IsActiveAsync(identity.Grant.GrantId, closed.Token))
                    {
                        await CloseQuietlyAsync(socket, WebSocketCloseStatus.PolicyViolation, "revoked");
                        break;
                    }
                }

                if (now - lastSent >= KeepAliveInterval)
                {
                    // Direct Line's keep-alive is an empty message; clients ignore it.
                    await SendAsync(socket, [], closed.Token);
                    lastSent = now;
                }

                await signals.WaitAsync(conversationId, ReadInterval, closed.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            LogStreamEnded(identity.Grant.ConversationId, ex.GetType().Name);
        }
        finally
        {
            _open.TryRemove(new KeyValuePair<string, WebSocket>(key, socket));
            await closed.CancelAsync();
            await receiving;
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure, "bye");
        }
    }

    private static Task SendAsync(WebSocket socket, byte[] utf8, CancellationToken cancellationToken) =>
        socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    // Clients send nothing on the stream (activities are POSTed); reading notices when they close it.
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }

        await closed.CancelAsync();
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The other side is gone already.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} ended ({Reason})")]
    private partial void LogStreamEnded(string conversationId, string reason);
}
