using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// The WebSocket stream (protocol §8.1): pushes ActivitySets as they are queued, from the watermark the client
/// connected with (none: the whole history, so a reloaded page shows it again). A person may have the chat open in
/// several windows (phone and PC): every socket gets every activity, each frame in watermark order. At most
/// <see cref="DirectLineOptions.MaxStreamsPerPerson"/> sockets per person and conversation stay open; a newer one
/// closes the oldest, which is also how a socket left half-open by a dropped network is let go. A socket closes
/// when the grant behind its token is revoked, and hears an empty keep-alive frame when nothing else was sent.
/// </summary>
public sealed partial class DirectLineStreams(
    DirectLineConversations conversations,
    DirectLineSignals signals,
    IDirectLineGrants grants,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineStreams> logger)
{
    /// <summary>
    /// Appends by this process ring the streams at once (<see cref="DirectLineSignals"/>); this read is only for
    /// activities appended where no ring reaches: by another instance when scaled out. Ten seconds bounds how late
    /// those arrive without every open window reading storage every second.
    /// </summary>
    public static readonly TimeSpan SafetyReadInterval = TimeSpan.FromSeconds(10);

    /// <summary>Direct Line's keep-alive is an empty frame after this much silence; clients ignore it.</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(30);

    /// <summary>How often an open socket asks whether its grant still stands (another instance may have revoked it).</summary>
    public static readonly TimeSpan GrantCheckInterval = TimeSpan.FromSeconds(15);

    public const string TooManyStreamsReason = "too many windows";
    public const string RevokedReason = "revoked";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DirectLineOpenStream>> _open = new(StringComparer.Ordinal);

    public async Task RunAsync(WebSocket socket, DirectLineIdentity identity, long? watermark, CancellationToken cancellationToken)
    {
        var conversationId = identity.Grant.ConversationId;
        using var stream = new DirectLineOpenStream(identity.Grant.GrantId);
        if (Register(identity.RateKey, stream) is { } oldest)
        {
            LogTooManyStreams(conversationId, options.Value.MaxStreamsPerPerson);
            oldest.End(TooManyStreamsReason);
        }

        // Listening starts before the first read, so an append between the two still rings.
        using var wakeup = signals.Listen(conversationId);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(closed.Token, stream.Ended);
        var receiving = DrainAsync(socket, closed);
        try
        {
            var lastSent = time.GetUtcNow();
            var lastGrantCheck = time.GetUtcNow();
            while (!waiting.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var set = await conversations.ReadAsync(conversationId, watermark, closed.Token);
                if (set.Activities.Count > 0)
                {
                    await SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), closed.Token);
                    watermark = long.Parse(set.Watermark!, CultureInfo.InvariantCulture);
                    lastSent = time.GetUtcNow();
                    if (set.Activities.Count == DirectLineConversations.PageSize)
                    {
                        continue; // More may be waiting; anything newer than this read has rung the wakeup.
                    }
                }

                var now = time.GetUtcNow();
                if (now - lastGrantCheck >= GrantCheckInterval)
                {
                    lastGrantCheck = now;
                    if (!await grants.IsActiveAsync(identity.Grant.GrantId, closed.Token))
                    {
                        stream.End(RevokedReason);
                        break;
                    }
                }

                if (now - lastSent >= KeepAliveInterval)
                {
                    await SendAsync(socket, [], closed.Token);
                    lastSent = now;
                }

                var wait = Min(SafetyReadInterval, lastGrantCheck + GrantCheckInterval - now, lastSent + KeepAliveInterval - now);
                await wakeup.WaitAsync(wait, time, waiting.Token);
            }
        }
        catch (OperationCanceledException) when (stream.Reason is not null && !closed.IsCancellationRequested)
        {
            // Ended by the server (a newer window, a revocation): closed below with the reason.
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            LogStreamEnded(conversationId, ex.GetType().Name);
        }
        finally
        {
            Unregister(identity.RateKey, stream);
            await CloseQuietlyAsync(socket, stream.Reason is null ? WebSocketCloseStatus.NormalClosure : WebSocketCloseStatus.PolicyViolation,
                stream.Reason ?? "bye");
            await closed.CancelAsync();
            await receiving;
        }
    }

    /// <summary>Closes this instance's sockets opened under the grant at once (others notice within <see cref="GrantCheckInterval"/>).</summary>
    public int EndGrant(string grantId)
    {
        List<DirectLineOpenStream> ending;
        lock (_gate)
        {
            ending = [.. _open.Values.SelectMany(streams => streams).Where(s => s.GrantId == grantId)];
        }

        foreach (var stream in ending)
        {
            stream.End(RevokedReason);
        }

        return ending.Count;
    }

    /// <summary>How many sockets the person has open in the conversation on this instance.</summary>
    public int CountOpen(DirectLineIdentity identity)
    {
        lock (_gate)
        {
            return _open.TryGetValue(identity.RateKey, out var streams) ? streams.Count : 0;
        }
    }

    /// <returns>The oldest stream of the person, when the new one takes it over the bound.</returns>
    private DirectLineOpenStream? Register(string key, DirectLineOpenStream stream)
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(key, out var streams))
            {
                _open[key] = streams = [];
            }

            streams.Add(stream);
            if (streams.Count <= options.Value.MaxStreamsPerPerson)
            {
                return null;
            }

            var oldest = streams[0];
            streams.RemoveAt(0);
            return oldest;
        }
    }

    private void Unregister(string key, DirectLineOpenStream stream)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(key, out var streams) && streams.Remove(stream) && streams.Count == 0)
            {
                _open.Remove(key);
            }
        }
    }

    private static TimeSpan Min(params ReadOnlySpan<TimeSpan> spans)
    {
        var min = TimeSpan.MaxValue;
        foreach (var span in spans)
        {
            min = span < min ? span : min;
        }

        return min < TimeSpan.Zero ? TimeSpan.Zero : min;
    }

    private static Task SendAsync(WebSocket socket, byte[] utf8, CancellationToken cancellationToken) =>
        socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    // Clients send nothing on the stream but empty pings (activities are POSTed); reading notices when they close it.
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "A window opened past {Max} streams of one person in {ConversationId}: the oldest is closed")]
    private partial void LogTooManyStreams(string conversationId, int max);
}
