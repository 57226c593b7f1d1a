using System.Security.Claims;
using System.Text.Json;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// The messaging endpoint and the turn pipeline: size limit → parse → authenticate → de-duplicate → middleware →
/// bot → HTTP answer (protocol §2). Bad requests are refused before they touch any state; a failing turn is
/// logged with a correlation id and the user is told, never shown a stack trace.
/// </summary>
public sealed partial class CloudAdapter(
    ActivityAuthenticator authenticator,
    ConnectorClientFactory connectors,
    ServiceUrlTrust trust,
    ActivityDeduplicator deduplicator,
    MiddlewareSet middleware,
    ITurnErrorHandler errorHandler,
    IOptions<BotFrameworkAuthenticationOptions> authOptions,
    IOptions<AdapterOptions> adapterOptions,
    BotTelemetry telemetry,
    ILogger<CloudAdapter> logger,
    IEnumerable<IHostedChannel>? hostedChannels = null)
{
    private readonly IHostedChannel[] _hosted = [.. hostedChannels ?? []];

    public const string RunningElsewhere = "This activity is being handled by another instance; send it again later.";

    /// <summary>Retry-After for a redelivery that another instance is still running: a short turn has ended by then.</summary>
    public const string RetryRunningElsewhereSeconds = "5";

    public const string WebChannelClaimed =
        "Activities of a channel this service hosts itself (its web chat) enter only through that channel's own endpoint, with its token.";

    public const string ContinueConversationEventName = "ContinueConversation";
    public const string CreateConversationEventName = "CreateConversation";

    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, adapterOptions.Value.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            await WriteErrorAsync(response, StatusCodes.Status413PayloadTooLarge, "RequestTooLarge",
                $"The request body is larger than {adapterOptions.Value.MaxRequestBytes} bytes.", cancellationToken);
            return;
        }

        var (activity, problem) = Parse(body);
        if (activity is null)
        {
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, "BadRequest", problem!, cancellationToken);
            return;
        }

        using var scope = logger.BeginScope(TurnScope(activity));

        // The service's own web chat authenticates its people with Direct Line tokens; here, where anyone may post,
        // an activity claiming to come from it would carry whatever user id it liked. Refused in every environment
        // (the channel, registered by the web channel, says which activities are its own).
        if (_hosted.Any(h => h.ClaimsInbound(activity.ChannelId, activity.ServiceUrl)))
        {
            LogRejected(StatusCodes.Status403Forbidden, WebChannelClaimed);
            await WriteErrorAsync(response, StatusCodes.Status403Forbidden, "Forbidden", WebChannelClaimed, cancellationToken);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            LogRejected(auth.StatusCode, auth.Failure);
            await WriteErrorAsync(response, auth.StatusCode, auth.StatusCode == 403 ? "Forbidden" : "Unauthorized", auth.Failure!, cancellationToken);
            return;
        }

        // Never trust callerId from the wire (A2251): it is ours to stamp after authentication.
        activity.CallerId = auth.CallerId;
        if (auth.ServiceUrlVerified)
        {
            trust.Trust(activity.ServiceUrl!);
        }

        // offline-directline sends no recipient; replies still need a sender.
        activity.Recipient ??= BotAccount;

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var claim = await deduplicator.ClaimAsync(activity, cancellationToken);
        if (claim == ActivityClaimResult.RunningElsewhere)
        {
            // Another instance runs this turn, or died running it: asked to redeliver, not told it was handled.
            LogRunningElsewhere();
            response.Headers.RetryAfter = RetryRunningElsewhereSeconds;
            await WriteErrorAsync(response, StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", RunningElsewhere, cancellationToken);
            return;
        }

        if (claim == ActivityClaimResult.Handled)
        {
            LogDuplicate();
            // Processed once already: a caller that expects replies gets an empty list, not a second answer.
            response.StatusCode = StatusCodes.Status200OK;
            if (expectReplies)
            {
                response.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(response.Body, new ExpectedReplies([]), BotJson.Options, cancellationToken);
            }

            return;
        }

        IChannelSender sender = expectReplies ? new BufferedSender() : new ConnectorSender(connectors.Create(activity.ServiceUrl!));
        var context = new TurnContext(activity, sender, auth.Identity ?? new ClaimsIdentity(), auth.ServiceUrlVerified);
        await RunTurnAsync(context, bot.OnTurnAsync, cancellationToken);
        // The turn ran to its end: a redelivery is a duplicate for the whole window, on every instance.
        await deduplicator.HandledAsync(activity, CancellationToken.None);

        await WriteTurnResultAsync(response, context, sender as BufferedSender, cancellationToken);
    }

    /// <summary>The bot as a channel account: its app id (or <c>meetingbot</c> without one) and display name.</summary>
    public ChannelAccount BotAccount => new(
        string.IsNullOrWhiteSpace(authOptions.Value.MicrosoftAppId) ? "meetingbot" : authOptions.Value.MicrosoftAppId,
        adapterOptions.Value.BotName) { Role = "bot" };

    /// <summary>
    /// Runs a turn for an activity of a channel this process hosts (<see cref="IHostedChannel"/>), which has already
    /// authenticated its sender; from de-duplication on it is the same pipeline as <see cref="ProcessAsync"/>.
    /// </summary>
    public async Task ProcessHostedAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ConversationId"] = activity.Conversation?.Id,
            ["ChannelId"] = activity.ChannelId,
        });
        activity.CallerId = null;
        activity.Recipient ??= BotAccount;
        if (await deduplicator.ClaimAsync(activity, cancellationToken) != ActivityClaimResult.Claimed)
        {
            // The web channel's own ids: a repeat is this instance's own, handled or running here.
            LogDuplicate();
            return;
        }

        var reference = activity.GetConversationReference();
        var hosted = _hosted.FirstOrDefault(h => h.Hosts(reference))
            ?? throw new InvalidOperationException($"No hosted channel serves {activity.ChannelId} at {activity.ServiceUrl}.");
        var context = new TurnContext(activity, hosted.SenderFor(reference), new ClaimsIdentity("hosted"), serviceUrlVerified: false);
        await RunTurnAsync(context, bot.OnTurnAsync, cancellationToken);
        await deduplicator.HandledAsync(activity, CancellationToken.None);
    }

    /// <summary>Runs a proactive turn in an existing conversation (protocol §6.2).</summary>
    public Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var activity = new Activity { Type = ActivityTypes.Event, Name = ContinueConversationEventName, RelatesTo = reference }
            .ApplyConversationReference(reference, isIncoming: true);
        var context = new TurnContext(activity, SenderFor(reference), new ClaimsIdentity(), serviceUrlVerified: false);
        return RunTurnAsync(context, callback, cancellationToken, rethrow: true);
    }

    /// <summary>
    /// Opens a conversation (a 1:1 chat with a member, in Teams with the tenant id) and runs <paramref name="callback"/>
    /// in it; returns the new conversation's reference so it can be stored.
    /// </summary>
    public async Task<ConversationReference> CreateConversationAsync(
        ConversationReference from, ConversationParameters parameters, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var created = await connectors.Create(from.ServiceUrl!).CreateConversationAsync(parameters, cancellationToken);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ConnectorException(System.Net.HttpStatusCode.BadGateway, "NoConversationId", "The channel created a conversation but returned no id.");
        }

        var reference = new ConversationReference
        {
            ChannelId = from.ChannelId,
            ServiceUrl = created.ServiceUrl ?? from.ServiceUrl,
            Bot = parameters.Bot ?? from.Bot,
            User = parameters.Members?.FirstOrDefault(),
            Conversation = new ConversationAccount(created.Id, parameters.IsGroup, tenantId: parameters.TenantId),
            Locale = from.Locale,
        };
        var activity = new Activity { Type = ActivityTypes.Event, Name = CreateConversationEventName, RelatesTo = reference }
            .ApplyConversationReference(reference, isIncoming: true);
        var context = new TurnContext(activity, SenderFor(reference), new ClaimsIdentity(), serviceUrlVerified: false);
        await RunTurnAsync(context, callback, cancellationToken, rethrow: true);
        return reference;
    }

    /// <summary>Whether the conversation is served by this process (its activities are queued, never sent over HTTP).</summary>
    public bool IsHosted(ConversationReference reference) => _hosted.Any(h => h.Hosts(reference));

    private IChannelSender SenderFor(ConversationReference reference) =>
        _hosted.FirstOrDefault(h => h.Hosts(reference))?.SenderFor(reference)
        ?? new ConnectorSender(connectors.Create(reference.ServiceUrl!));

    private async Task RunTurnAsync(TurnContext context, BotCallbackHandler callback, CancellationToken cancellationToken, bool rethrow = false)
    {
        // Proactive turns (rethrow) have no request scope of their own; inbound ones got it in ProcessAsync.
        using var scope = rethrow ? logger.BeginScope(TurnScope(context.Activity)) : null;
        using var turn = new TurnObservation(telemetry, context.Activity, rethrow ? TurnObservation.Proactive : TurnObservation.Inbound);
        try
        {
            await middleware.RunAsync(context, callback, cancellationToken);
            turn.Succeeded();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            turn.Failed(ex);
            var correlationId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
            LogTurnFailed(ex, correlationId);
            context.TurnState.Set(new TurnFailure(correlationId, ex));
            if (rethrow)
            {
                throw;
            }

            try
            {
                await errorHandler.OnTurnErrorAsync(context, ex, correlationId, cancellationToken);
            }
            catch (Exception apologyFailure)
            {
                LogApologyFailed(apologyFailure, correlationId);
            }
        }
    }

    private static async Task WriteTurnResultAsync(HttpResponse response, TurnContext context, BufferedSender? buffered, CancellationToken cancellationToken)
    {
        if (context.Activity.IsType(ActivityTypes.Invoke))
        {
            var invoke = context.InvokeResponse
                ?? (context.TurnState.Get<TurnFailure>() is not null ? new InvokeResponse(500) : new InvokeResponse(501));
            response.StatusCode = invoke.Status;
            if (invoke.Body is { } invokeBody)
            {
                response.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(response.Body, invokeBody, BotJson.Options, cancellationToken);
            }

            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        if (buffered is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, new ExpectedReplies(buffered.Replies), BotJson.Options, cancellationToken);
        }
    }

    /// <summary>What every log line of a turn carries: ids only, never the text.</summary>
    private static Dictionary<string, object?> TurnScope(Activity activity) => new()
    {
        ["ActivityId"] = activity.Id,
        ["ConversationId"] = activity.Conversation?.Id,
        ["ChannelId"] = activity.ChannelId,
    };

    private static (Activity? Activity, string? Problem) Parse(byte[] body)
    {
        Activity? activity;
        try
        {
            activity = BotJson.DeserializeActivity(body);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not a valid activity: {ex.Message}");
        }

        if (activity is null)
        {
            return (null, "The body is empty.");
        }

        if (SurrogateEscapes.AnyUnpaired(body))
        {
            return (null, "The body escapes an unpaired UTF-16 surrogate, which is not valid Unicode text.");
        }

        // Every channel names itself and the sender; without them a turn could not tell who acts, or where.
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return (null, "The activity has no channelId.");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return (null, "The activity has no sender (from.id).");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, "The activity has no type.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, "The activity has no conversation id.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUri)
            || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
        {
            return (null, "The activity has no valid serviceUrl.");
        }

        return (activity, null);
    }

    private static async Task WriteErrorAsync(HttpResponse response, int status, string code, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, ErrorResponse.Of(code, message), BotJson.Options, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an activity with {Status}: {Reason}")]
    private partial void LogRejected(int status, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a redelivered activity")]
    private partial void LogDuplicate();

    [LoggerMessage(Level = LogLevel.Information, Message = "A redelivered activity is still being handled by another instance; asked the channel to retry")]
    private partial void LogRunningElsewhere();

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed; correlation id {CorrelationId}")]
    private partial void LogTurnFailed(Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the user about failure {CorrelationId}")]
    private partial void LogApologyFailed(Exception exception, string correlationId);
}

/// <summary>Set in turn state when the turn threw, so the HTTP answer can reflect it.</summary>
public sealed record TurnFailure(string CorrelationId, Exception Exception);
