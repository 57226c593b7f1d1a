using System.Globalization;
using System.Text;
using MeetingBot.BotFramework.Builder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom.Callback;

/// <summary>
/// The callback URL (接收消息服务器): GET is the platform's URL verification (decrypt echostr and echo it), POST an
/// encrypted message. Every check — size, timestamp window, signature, ciphertext, CorpID — comes before anything is
/// parsed or stored; a refused or ignored callback touches no state, so the service keeps answering.
/// </summary>
public sealed partial class WeComCallbackEndpoint(
    IOptions<WeComOptions> options, WeComCrypto crypto, CloudAdapter adapter, IBot bot, Api.WeComApiClient api, TimeProvider time, ILogger<WeComCallbackEndpoint> logger)
{
    public async Task VerifyUrlAsync(HttpContext http)
    {
        var query = http.Request.Query;
        string? signature = query["msg_signature"], timestamp = query["timestamp"], nonce = query["nonce"], echo = query["echostr"];
        if (!crypto.Verify(signature, timestamp, nonce, echo))
        {
            LogRefused("url verification with a wrong signature");
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (crypto.Decrypt(echo!) is not { } plain)
        {
            LogRefused("url verification with an echostr that does not decrypt for this corp");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(plain, http.RequestAborted);
    }

    public async Task ReceiveAsync(HttpContext http)
    {
        var settings = options.Value;
        var body = await BotFramework.Builder.RequestBody.ReadAsync(http.Request, settings.MaxCallbackBytes, http.RequestAborted) is { } bytes
            ? Encoding.UTF8.GetString(bytes)
            : null;
        if (body is null)
        {
            LogRefused("an oversize body");
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var query = http.Request.Query;
        string? signature = query["msg_signature"], timestamp = query["timestamp"], nonce = query["nonce"];
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration() > settings.ReplayWindow)
        {
            LogRefused("a timestamp outside the replay window");
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var envelope = WeComXml.Fields(body);
        var encrypted = envelope?.GetValueOrDefault("Encrypt");
        if (string.IsNullOrEmpty(encrypted))
        {
            LogRefused("a body that is not an encrypted callback");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!crypto.Verify(signature, timestamp, nonce, encrypted))
        {
            LogRefused("a wrong signature");
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (crypto.Decrypt(encrypted) is not { } plain || WeComMessage.Parse(plain) is not { } message)
        {
            LogRefused("a ciphertext that does not decrypt to a message for this corp");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Answered 200 either way: WeCom retries what is not answered, and an event the bot does not take stays ignored.
        http.Response.StatusCode = StatusCodes.Status200OK;
        Api.WeComMedia? file = null;
        if (message.MsgType == WeComMessage.File && !string.IsNullOrEmpty(message.MediaId))
        {
            // Fetched from the platform's own API host with the media_id the callback named: never a URL from a message.
            file = await api.DownloadMediaAsync(message.MediaId, WeComOptions.MaxFileBytes, http.RequestAborted);
            if (file is null)
            {
                LogFileNotFetched();
            }
        }

        var activity = WeComActivities.From(message, adapter.BotAccount, WeComChannel.ServiceUrlOf(settings), file);
        if (activity is null)
        {
            LogIgnored(message.MsgType, message.Event);
            return;
        }

        await adapter.ProcessHostedAsync(activity, bot, http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a WeCom callback: {Reason}")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file sent to the WeCom application could not be fetched (media/get refused it, or it is over the size limit)")]
    private partial void LogFileNotFetched();

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a WeCom callback of type {MsgType} {Event}")]
    private partial void LogIgnored(string msgType, string? @event);
}
