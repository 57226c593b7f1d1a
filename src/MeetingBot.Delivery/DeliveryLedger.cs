using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Delivery;

/// <summary>
/// Idempotency for proactive pushes. Each push (meeting, item, recipient, occurrence — the caller's key) is claimed
/// with a lease before it is sent and marked sent after: a re-fired job, a retry or a second node finds it sent and
/// does nothing, and a claim whose holder died is taken over once its lease ends. A duplicate is only possible when
/// a holder dies after the channel accepted the message and before the ledger recorded it.
/// </summary>
public sealed class DeliveryLedger(IStorage storage, TimeProvider time)
{
    public static string KeyFor(string deliveryKey) => $"deliveries/{deliveryKey}";

    public async Task<ClaimResult> TryClaimAsync(string deliveryKey, string holder, TimeSpan lease, CancellationToken cancellationToken) =>
        (await ClaimAsync(deliveryKey, holder, lease, cancellationToken)).Result;

    /// <summary>
    /// Claims the push for <paramref name="holder"/>. A push never tried before (the usual case) costs one write,
    /// "create if absent"; only when a record exists (a re-fired job, a retry, a resend) is it read and the claim
    /// written conditionally on what was read.
    /// </summary>
    public async Task<DeliveryClaim> ClaimAsync(string deliveryKey, string holder, TimeSpan lease, CancellationToken cancellationToken)
    {
        var key = KeyFor(deliveryKey);
        var now = time.GetUtcNow();
        var first = new DeliveryRecord(DeliveryRecord.CurrentVersion, deliveryKey, DeliveryState.Claimed, holder, now + lease, 1, null, now);
        try
        {
            return new DeliveryClaim(ClaimResult.Claimed, first, await storage.WriteAsync(key, first, WriteCondition.IfAbsent, cancellationToken));
        }
        catch (StorageConflictException)
        {
            // Tried before: decide from the stored record.
        }

        var current = await storage.ReadAsync<DeliveryRecord>(key, cancellationToken);
        switch (current?.Value)
        {
            case { State: DeliveryState.Sent or DeliveryState.Unreachable }:
                return new DeliveryClaim(ClaimResult.Done);
            case { State: DeliveryState.Claimed, LeaseUntil: { } until } when until > now && current.Value.Holder != holder:
                return new DeliveryClaim(ClaimResult.Busy);
        }

        var claimed = new DeliveryRecord(DeliveryRecord.CurrentVersion, deliveryKey, DeliveryState.Claimed, holder, now + lease,
            (current?.Value.Attempts ?? 0) + 1, current?.Value.LastError, now);
        try
        {
            return new DeliveryClaim(ClaimResult.Claimed, claimed, await storage.WriteAsync(key, claimed, WriteCondition.For(current?.ETag), cancellationToken));
        }
        catch (StorageConflictException)
        {
            // Another holder claimed it between our read and write.
            return new DeliveryClaim(ClaimResult.Busy);
        }
    }

    public Task MarkSentAsync(string deliveryKey, string holder, CancellationToken cancellationToken) =>
        SettleAsync(deliveryKey, holder, DeliveryState.Sent, null, cancellationToken);

    public Task MarkFailedAsync(string deliveryKey, string holder, string error, bool final, CancellationToken cancellationToken) =>
        SettleAsync(deliveryKey, holder, final ? DeliveryState.Unreachable : DeliveryState.Failed, error, cancellationToken);

    /// <summary>Settles our own claim in one write, conditional on the claim's ETag (no read).</summary>
    public Task MarkSentAsync(DeliveryClaim claim, CancellationToken cancellationToken) =>
        SettleAsync(claim, DeliveryState.Sent, null, cancellationToken);

    /// <inheritdoc cref="MarkSentAsync(DeliveryClaim, CancellationToken)"/>
    public Task MarkFailedAsync(DeliveryClaim claim, string error, bool final, CancellationToken cancellationToken) =>
        SettleAsync(claim, final ? DeliveryState.Unreachable : DeliveryState.Failed, error, cancellationToken);

    /// <summary>
    /// Records that a push will not be sent because its fan-out was cancelled: a push nobody claimed yet, or our own
    /// claim, or one whose holder's lease ran out. Sent, unreachable, failed and other live claims keep their state.
    /// </summary>
    public async Task MarkCancelledAsync(string deliveryKey, string? holder, CancellationToken cancellationToken)
    {
        var key = KeyFor(deliveryKey);
        var current = await storage.ReadAsync<DeliveryRecord>(key, cancellationToken);
        var now = time.GetUtcNow();
        var mine = current?.Value is { State: DeliveryState.Claimed } claim && (claim.Holder == holder || claim.LeaseUntil <= now);
        if (current is not null && !mine)
        {
            return;
        }

        var cancelled = current is not null
            ? current.Value with { State = DeliveryState.Cancelled, LeaseUntil = null, UpdatedAt = now }
            : new DeliveryRecord(DeliveryRecord.CurrentVersion, deliveryKey, DeliveryState.Cancelled, holder, null, 0, null, now);
        try
        {
            await storage.WriteAsync(key, cancelled, WriteCondition.For(current?.ETag), cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Someone claimed or settled it meanwhile: their state stands.
        }
    }

    /// <summary>Every push whose key starts with <paramref name="deliveryKeyPrefix"/> (one meeting's reminders, say).</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string deliveryKeyPrefix, CancellationToken cancellationToken)
    {
        var documents = await storage.ListAsync(KeyFor(deliveryKeyPrefix), cancellationToken);
        return [.. documents.Select(d => System.Text.Json.JsonSerializer.Deserialize<DeliveryRecord>(d.Json, BotFramework.Storage.StorageJson.Options)!)];
    }

    public async Task<DeliveryRecord?> GetAsync(string deliveryKey, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<DeliveryRecord>(KeyFor(deliveryKey), cancellationToken))?.Value;

    private async Task SettleAsync(DeliveryClaim claim, DeliveryState state, string? error, CancellationToken cancellationToken)
    {
        if (claim is not { Result: ClaimResult.Claimed, Record: { } claimed, ETag: { } etag })
        {
            throw new ArgumentException("Only a push this holder claimed can be settled.", nameof(claim));
        }

        var settled = claimed with { State = state, LeaseUntil = null, LastError = error ?? claimed.LastError, UpdatedAt = time.GetUtcNow() };
        // Conditional on our claim: a conflict means the lease ran out and someone else took it; their result stands.
        try
        {
            await storage.WriteAsync(KeyFor(claimed.Key), settled, WriteCondition.IfMatch(etag), cancellationToken);
        }
        catch (StorageConflictException)
        {
        }
    }

    private async Task SettleAsync(string deliveryKey, string holder, DeliveryState state, string? error, CancellationToken cancellationToken)
    {
        var key = KeyFor(deliveryKey);
        var current = await storage.ReadAsync<DeliveryRecord>(key, cancellationToken)
            ?? throw new InvalidOperationException($"Delivery '{deliveryKey}' was never claimed.");
        var settled = current.Value with
        {
            State = state,
            Holder = holder,
            LeaseUntil = null,
            LastError = error ?? current.Value.LastError,
            UpdatedAt = time.GetUtcNow(),
        };
        // Our own claim, so a conflict means the lease ran out and someone else took it: their result stands.
        try
        {
            await storage.WriteAsync(key, settled, WriteCondition.IfMatch(current.ETag), cancellationToken);
        }
        catch (StorageConflictException)
        {
        }
    }
}
