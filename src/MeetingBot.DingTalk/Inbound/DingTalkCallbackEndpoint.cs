using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Inbound;

/// <summary>
/// HTTP callback mode: <c>POST /api/dingtalk/callback</c>. The body is read within the size limit and the signature
/// checked before anything is parsed; a refused request touches no state. A valid message answers 200 after its turn.
/// </summary>
public sealed partial class DingTalkCallbackEndpoint(DingTalkInbound inbound, IOptions<DingTalkOptions> options, TimeProvider time, ILogger<DingTalkCallbackEndpoint> logger)
{
    public const string Path = "/api/dingtalk/callback";

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = await MeetingBot.BotFramework.Builder.RequestBody.ReadAsync(request, settings.MaxCallbackBytes, cancellationToken);
        if (body is null)
        {
            LogRefused(StatusCodes.Status413PayloadTooLarge, "oversize");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var check = CallbackSignature.Check(request.Headers["timestamp"], request.Headers["sign"], settings.ClientSecret!, time.GetUtcNow(), settings.CallbackMaxAge);
        if (check != CallbackCheck.Valid)
        {
            LogRefused(StatusCodes.Status401Unauthorized, check.ToString());
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var result = await inbound.HandleMessageAsync(body, cancellationToken);
        return result == InboundResult.Malformed ? Results.BadRequest() : Results.Json(new { });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a DingTalk callback with {Status} ({Reason})")]
    private partial void LogRefused(int status, string reason);
}
