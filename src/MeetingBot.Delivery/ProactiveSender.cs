using System.Threading.RateLimiting;
using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery;

/// <summary>
/// Sends proactive pushes one recipient at a time: each claimed in the <see cref="DeliveryLedger"/> first, held to the
/// rate limits (overall token bucket, per-conversation windows), paused while the channel throttles, and recorded as
/// sent, failed or unreachable.
/// </summary>
public sealed partial class ProactiveSender : IAsyncDisposable
{
    private readonly ConnectorClientFactory _connectors;
    private readonly DeliveryLedger _ledger;
    private readonly ChannelThrottle _throttle;
    private readonly FanOutOptions _options;
    private readonly ILogger<ProactiveSender> _logger;
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly TokenBucketRateLimiter _global;
    private readonly ConversationPace _perConversation;

    private readonly BotFramework.Builder.IHostedChannel[] _hosted;

    public ProactiveSender(
        ConnectorClientFactory connectors, DeliveryLedger ledger, ChannelThrottle throttle, IOptions<FanOutOptions> options, TimeProvider time, ILogger<ProactiveSender> logger,
        IEnumerable<BotFramework.Builder.IHostedChannel>? hostedChannels = null)
    {
        _hosted = [.. hostedChannels ?? []];
        _connectors = connectors;
        _ledger = ledger;
        _throttle = throttle;
        _options = options.Value;
        _logger = logger;
        // A trickle of small steps, not a whole second refilled at once: the channel counts in a sliding second, so a
        // bucket of a second's worth lets two batches land inside one window (the fan-out benchmark saw thousands of
        // 429s that way). Steps of about a tenth of the rate keep any second under rate × 1.1 (inside the 30/s of
        // Teams at the default 25), and few enough timer ticks that late ticks do not eat into the rate.
        var step = Math.Max(1, (_options.GlobalPerSecond + 9) / 10);
        _global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = step,
            TokensPerPeriod = step,
            ReplenishmentPeriod = TimeSpan.FromSeconds((double)step / _options.GlobalPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _perConversation = new ConversationPace(time,
        [
            (_options.PerConversationPerSecond, TimeSpan.FromSeconds(1)),
            (_options.PerConversationPerTwoSeconds, TimeSpan.FromSeconds(2)),
            (_options.PerConversationPerThirtySeconds, TimeSpan.FromSeconds(30)),
            (_options.PerConversationPerHour, TimeSpan.FromHours(1)),
        ]);
    }

    public async Task<PushOutcome> SendAsync(PushMessage push, CancellationToken cancellationToken)
    {
        var claim = await _ledger.ClaimAsync(push.DeliveryKey, _holder, _options.Lease, cancellationToken);
        if (claim.Result != ClaimResult.Claimed)
        {
            return claim.Result == ClaimResult.Done ? PushOutcome.AlreadyDone : PushOutcome.Busy;
        }

        var (reference, serviceUrl, conversationId) = Address(push);
        RateLimitLease global;
        IDisposable turn;
        try
        {
            await _throttle.WaitAsync(new Uri(serviceUrl).Authority, cancellationToken);
            global = await _global.AcquireAsync(1, cancellationToken);
            try
            {
                turn = await _perConversation.WaitTurnAsync(conversationId, cancellationToken);
            }
            catch
            {
                global.Dispose();
                throw;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled while waiting its turn: nothing left, so the push is free again (and shows as cancelled).
            await _ledger.MarkCancelledAsync(push.DeliveryKey, _holder, CancellationToken.None);
            return PushOutcome.Cancelled;
        }

        using (global)
        using (turn)
        {
            return await DeliverAsync(push, claim, reference, serviceUrl);
        }
    }

    /// <summary>
    /// Sends only if nothing has to wait — no pause after a 429, a token of the overall rate at hand, the conversation's
    /// windows open — and otherwise sends nothing, touches no ledger record and answers <see cref="PushOutcome.NotNow"/>,
    /// so the caller (a turn answering its own user) can leave the push to the <see cref="PushOutbox"/>.
    /// </summary>
    public async Task<PushOutcome> SendIfNowAsync(PushMessage push, CancellationToken cancellationToken)
    {
        // The limits first, without waiting: a push that cannot go now costs no ledger writes at all.
        var (reference, serviceUrl, conversationId) = Address(push);
        var global = _throttle.PauseFor(new Uri(serviceUrl).Authority) > TimeSpan.Zero ? null : _global.AttemptAcquire(1);
        var turn = global is { IsAcquired: true } ? _perConversation.TryTurn(conversationId) : null;
        if (turn is null)
        {
            global?.Dispose();
            return PushOutcome.NotNow;
        }

        using (global)
        using (turn)
        {
            var claim = await _ledger.ClaimAsync(push.DeliveryKey, _holder, _options.Lease, cancellationToken);
            if (claim.Result != ClaimResult.Claimed)
            {
                return claim.Result == ClaimResult.Done ? PushOutcome.AlreadyDone : PushOutcome.Busy;
            }

            return await DeliverAsync(push, claim, reference, serviceUrl);
        }
    }

    private static (BotFramework.Schema.ConversationReference Reference, string ServiceUrl, string ConversationId) Address(PushMessage push)
    {
        var reference = push.Recipient;
        var serviceUrl = reference.ServiceUrl ?? throw new ArgumentException("The recipient has no serviceUrl.", nameof(push));
        var conversationId = reference.Conversation?.Id ?? throw new ArgumentException("The recipient has no conversation.", nameof(push));
        return (reference, serviceUrl, conversationId);
    }

    /// <summary>
    /// Sends and records. Deliberately not cancellable: once a message is on its way, waiting for the answer and
    /// recording it is what keeps a cancelled fan-out or a stopping host from leaving a push sent but unrecorded
    /// (the connector's own timeouts bound the wait). The record is settled in one write, conditional on the claim.
    /// </summary>
    private async Task<PushOutcome> DeliverAsync(PushMessage push, DeliveryClaim claim, BotFramework.Schema.ConversationReference reference, string serviceUrl)
    {
        var cancellationToken = CancellationToken.None;
        try
        {
            var activity = push.Activity;
            activity.Type ??= BotFramework.Schema.ActivityTypes.Message;
            activity.ApplyConversationReference(reference);
            activity.ReplyToId = null;
            if (_hosted.FirstOrDefault(h => h.Hosts(reference)) is { } hosted)
            {
                // A conversation this process serves: queued for the person's page, no HTTP.
                await hosted.SenderFor(reference).SendAsync(activity, cancellationToken);
            }
            else
            {
                await _connectors.Create(serviceUrl).SendToConversationAsync(activity, cancellationToken);
            }

            await _ledger.MarkSentAsync(claim, cancellationToken);
            return PushOutcome.Delivered;
        }
        catch (ConnectorException ex) when (ex.IsRecipientGone)
        {
            LogUnreachable(push.DeliveryKey, (int)ex.StatusCode, ex.Code);
            await _ledger.MarkFailedAsync(claim, $"{(int)ex.StatusCode} {ex.Code}", final: true, cancellationToken);
            return PushOutcome.Unreachable;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            LogFailed(ex, push.DeliveryKey);
            await _ledger.MarkFailedAsync(claim, ex.GetType().Name, final: false, cancellationToken);
            return PushOutcome.Failed;
        }
    }

    public ValueTask DisposeAsync() => _global.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {DeliveryKey} cannot reach its recipient ({Status} {Code}); it will not be retried")]
    private partial void LogUnreachable(string deliveryKey, int status, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {DeliveryKey} failed; a later attempt may send it")]
    private partial void LogFailed(Exception exception, string deliveryKey);
}
