using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using MeetingBot.BotFramework.Connector;
using MeetingBot.DingTalk.Inbound;
using MeetingBot.DingTalk.Outbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Stream;

/// <summary>
/// Stream mode: the bot opens a WebSocket to the platform (so an intranet deployment needs no public callback URL).
/// It asks the gateway for an endpoint and ticket with its client id and secret, connects, answers each SYSTEM ping,
/// runs a turn for each robot message and card press and acknowledges the frame, and when the connection drops opens
/// a new one after a growing, jittered wait. A frame it cannot read is skipped; the connection stays up.
/// </summary>
public sealed partial class DingTalkStreamService(
    IHttpClientFactory http, DingTalkInbound inbound, IOptions<DingTalkOptions> options, TimeProvider time, ILogger<DingTalkStreamService> logger)
    : BackgroundService
{
    /// <summary>A frame larger than this is not read (the platform's are a few kilobytes).</summary>
    public const int MaxFrameBytes = 1024 * 1024;

    /// <summary>Connections opened so far (tests read it to see a reconnect).</summary>
    public int Connections => _connections;

    private int _connections;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var delay = settings.ReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var received = await RunConnectionAsync(stoppingToken);
                if (received)
                {
                    delay = settings.ReconnectDelay;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or ConnectorException or JsonException or IOException or OperationCanceledException)
            {
                LogConnectionLost(ex.GetType().Name);
            }

            var jittered = delay * (0.5 + (Random.Shared.NextDouble() / 2));
            try
            {
                await Task.Delay(jittered, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.ReconnectDelayMax.Ticks));
        }
    }

    /// <summary>One connection, until it closes; true when at least one frame came over it.</summary>
    private async Task<bool> RunConnectionAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var opened = await http.CreateClient(DingTalkApi.HttpClientName).PostAsJsonAsync(settings.GatewayUri, new
        {
            clientId = settings.ClientId,
            clientSecret = settings.ClientSecret,
            subscriptions = new[]
            {
                new { type = StreamFrame.Callback, topic = StreamFrame.RobotMessageTopic },
                new { type = StreamFrame.Callback, topic = StreamFrame.CardCallbackTopic },
            },
            ua = "meetingbot-dotnet/1",
        }, DingTalkJson.Options, stoppingToken);
        var connection = await DingTalkApi.ReadAsync<StreamConnection>(opened, stoppingToken);
        if (string.IsNullOrEmpty(connection.Endpoint) || string.IsNullOrEmpty(connection.Ticket))
        {
            throw new HttpRequestException("The Stream gateway answered without an endpoint or ticket.");
        }

        using var socket = new ClientWebSocket();
        var separator = connection.Endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        await socket.ConnectAsync(new Uri($"{connection.Endpoint}{separator}ticket={Uri.EscapeDataString(connection.Ticket)}"), stoppingToken);
        Interlocked.Increment(ref _connections);
        LogConnected();

        using var sendGate = new SemaphoreSlim(1, 1);
        var running = new List<Task>();
        var received = false;
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var bytes = await ReceiveAsync(socket, stoppingToken);
                if (bytes is null)
                {
                    break;
                }

                received = true;
                if (Parse(bytes) is not { } frame)
                {
                    LogBadFrame();
                    continue;
                }

                if (frame.Type == StreamFrame.System && frame.Topic == StreamFrame.DisconnectTopic)
                {
                    // The gateway is about to close this connection (a redeploy): open a new one now.
                    break;
                }

                running.RemoveAll(t => t.IsCompleted);
                running.Add(HandleAsync(socket, sendGate, frame, stoppingToken));
            }
        }
        finally
        {
            await Task.WhenAll(running);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", closing.Token);
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
                {
                    // Closing is a courtesy; the connection is gone either way.
                }
            }
        }

        return received;
    }

    private async Task HandleAsync(ClientWebSocket socket, SemaphoreSlim sendGate, StreamFrame frame, CancellationToken stoppingToken)
    {
        if (frame.MessageId is not { Length: > 0 } messageId)
        {
            LogBadFrame();
            return;
        }

        string answer;
        try
        {
            answer = frame switch
            {
                { Type: StreamFrame.System, Topic: StreamFrame.PingTopic } => frame.Data ?? "{}",
                { Type: StreamFrame.Callback, Topic: StreamFrame.RobotMessageTopic } =>
                    await RunAsync(inbound.HandleMessageAsync, frame.Data, stoppingToken),
                { Type: StreamFrame.Callback, Topic: StreamFrame.CardCallbackTopic } =>
                    await RunAsync(inbound.HandleCardAsync, frame.Data, stoppingToken),
                { Type: StreamFrame.Event } => "{\"status\":\"SUCCESS\",\"message\":\"success\"}",
                // A topic not subscribed to: acknowledged, so the gateway does not send it again.
                _ => "{\"response\":null}",
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The turn's own error boundary answered the user; the frame is still acknowledged, so it is not redelivered
            // into the same failure.
            LogFrameFailed(ex);
            answer = "{\"response\":null}";
        }

        var ack = JsonSerializer.SerializeToUtf8Bytes(StreamAck.For(messageId, answer), DingTalkJson.Options);
        await sendGate.WaitAsync(stoppingToken);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(ack, WebSocketMessageType.Text, endOfMessage: true, stoppingToken);
            }
        }
        catch (WebSocketException)
        {
            // The connection dropped before the answer: the gateway sends the frame again on the next one, and the
            // turn pipeline recognises the message id.
        }
        finally
        {
            sendGate.Release();
        }
    }

    private static async Task<string> RunAsync(Func<ReadOnlyMemory<byte>, CancellationToken, Task<InboundResult>> handle, string? data, CancellationToken cancellationToken)
    {
        await handle(System.Text.Encoding.UTF8.GetBytes(data ?? string.Empty), cancellationToken);
        return "{\"response\":null}";
    }

    private static StreamFrame? Parse(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<StreamFrame>(bytes, DingTalkJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One whole text message; null when the connection closed. An oversize message is read to its end and dropped.</summary>
    private static async Task<byte[]?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        var oversize = false;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (!oversize && message.Length + result.Count <= MaxFrameBytes)
            {
                message.Write(buffer, 0, result.Count);
            }
            else
            {
                oversize = true;
            }

            if (result.EndOfMessage)
            {
                return oversize ? [] : message.ToArray();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "DingTalk Stream connected")]
    private partial void LogConnected();

    [LoggerMessage(Level = LogLevel.Warning, Message = "DingTalk Stream connection lost ({Reason}); connecting again")]
    private partial void LogConnectionLost(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a DingTalk Stream frame that is not valid")]
    private partial void LogBadFrame();

    [LoggerMessage(Level = LogLevel.Error, Message = "A DingTalk Stream frame failed")]
    private partial void LogFrameFailed(Exception exception);
}
