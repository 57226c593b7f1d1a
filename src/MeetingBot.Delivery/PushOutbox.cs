using System.Threading.Channels;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery;

/// <summary>
/// Pushes that may not hold up the turn that caused them: a notice to a conversation whose pace is spent (the lead's
/// chat while fifty outlines arrive at once) would otherwise keep its author waiting up to thirty seconds. They are
/// stored first, so a restart still sends them, then sent in the background by a few workers through the
/// <see cref="ProactiveSender"/> (its ledger keeps a push that was already sent from going twice). A push that fails
/// is tried again after <see cref="FanOutOptions.OutboxRetryAfter"/>, up to <see cref="FanOutOptions.OutboxAttempts"/>
/// times; then it stays recorded as failed in the ledger.
/// </summary>
public sealed partial class PushOutbox(IStorage storage, ProactiveSender sender, IOptions<FanOutOptions> options, TimeProvider time, ILogger<PushOutbox> logger)
    : BackgroundService
{
    public const string Prefix = "pushes/outbox/";
    private const int Workers = 4;

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();

    // A key can be queued twice (deferred while the start-up listing runs); one worker handles it at a time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _inHand = new(StringComparer.Ordinal);

    public static string KeyFor(string deliveryKey) => Prefix + deliveryKey;

    /// <summary>
    /// For a push a turn causes (a notice to someone else): sent now if no limit makes it wait, otherwise stored here
    /// and <see cref="PushOutcome.NotNow"/> answered, so the turn never waits on another conversation's pace.
    /// </summary>
    public async Task<PushOutcome> SendOrDeferAsync(PushMessage push, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendIfNowAsync(push, cancellationToken);
        if (outcome == PushOutcome.NotNow)
        {
            await DeferAsync(push, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Stores the push and queues it; it leaves as soon as its conversation and the overall rate allow.</summary>
    public async Task DeferAsync(PushMessage push, CancellationToken cancellationToken)
    {
        var key = KeyFor(push.DeliveryKey);
        try
        {
            await storage.WriteAsync(key, new PushOutboxEntry(PushOutboxEntry.CurrentVersion, push, time.GetUtcNow(), 0), WriteCondition.IfAbsent, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Already waiting (a replayed turn deferred it before): one entry, sent once.
            return;
        }

        _queue.Writer.TryWrite(key);
        LogDeferred(push.DeliveryKey);
    }

    /// <summary>The pushes still waiting (for the operator's view and the tests).</summary>
    public async Task<IReadOnlyList<PushOutboxEntry>> WaitingAsync(CancellationToken cancellationToken) =>
        [.. (await storage.ListAsync(Prefix, cancellationToken))
            .Select(d => System.Text.Json.JsonSerializer.Deserialize<PushOutboxEntry>(d.Json, BotFramework.Storage.StorageJson.Options))
            .OfType<PushOutboxEntry>()];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Whatever a previous run (or another instance) left waiting; the ledger settles any overlap.
        foreach (var document in await storage.ListAsync(Prefix, stoppingToken))
        {
            _queue.Writer.TryWrite(document.Key);
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var key in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (!_inHand.TryAdd(key, true))
                {
                    continue;
                }

                try
                {
                    await SendAsync(key, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Storage unavailable, the entry changed under us, a malformed entry: this push waits and is tried
                    // again; the worker, and with it every other waiting push (and the host), goes on.
                    LogSendFailed(exception, key);
                    _ = RetryLaterAsync(key, stoppingToken);
                }
                finally
                {
                    _inHand.TryRemove(key, out _);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still stored waits for the next start.
        }
    }

    private async Task SendAsync(string key, CancellationToken stoppingToken)
    {
        var stored = await storage.ReadAsync<PushOutboxEntry>(key, stoppingToken);
        if (stored is null)
        {
            return;
        }

        var entry = stored.Value;
        var outcome = await sender.SendAsync(entry.Push, stoppingToken);
        switch (outcome)
        {
            case PushOutcome.Delivered or PushOutcome.AlreadyDone or PushOutcome.Unreachable:
                await storage.DeleteAsync(key, WriteCondition.IfMatch(stored.ETag), CancellationToken.None);
                break;
            case PushOutcome.Cancelled:
                break;
            case PushOutcome.Failed when entry.Failures + 1 >= options.Value.OutboxAttempts:
                LogGaveUp(entry.Push.DeliveryKey, entry.Failures + 1);
                await storage.DeleteAsync(key, WriteCondition.IfMatch(stored.ETag), CancellationToken.None);
                break;
            default:
                // Failed, or another sender holds it right now: later, with the count kept for a failure.
                var failures = outcome == PushOutcome.Failed ? entry.Failures + 1 : entry.Failures;
                await storage.WriteAsync(key, entry with { Failures = failures }, WriteCondition.IfMatch(stored.ETag), CancellationToken.None);
                _ = RetryLaterAsync(key, stoppingToken);
                break;
        }
    }

    private async Task RetryLaterAsync(string key, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.OutboxRetryAfter, time, stoppingToken);
            _queue.Writer.TryWrite(key);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the entry is stored and is picked up at the next start.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Push {DeliveryKey} could not leave within its turn; it waits in the outbox")]
    private partial void LogDeferred(string deliveryKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Key} could not be handled; it is tried again later")]
    private partial void LogSendFailed(Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "Push {DeliveryKey} failed {Attempts} times from the outbox; it stays failed in the delivery ledger")]
    private partial void LogGaveUp(string deliveryKey, int attempts);
}
