using System.Collections.Concurrent;
using System.Globalization;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// Hosted conversations and their activity queues, kept in <see cref="IStorage"/> so a page reload or a restart
/// loses nothing. Each activity is one document whose key carries its sequence number; an append claims the next
/// number by exclusive create, so numbers are unique and gap-free, and the watermark is simply the last number seen.
/// </summary>
public sealed class DirectLineConversations(IStorage storage, DirectLineSignals signals, TimeProvider time)
{
    public const int PageSize = 100;
    // How far past the header an append probes for a free number before giving up.
    private const int MaxProbes = 5000;

    /// <summary>How long a missing number holds back the activities after it (an append takes milliseconds).</summary>
    public static readonly TimeSpan HoleGrace = TimeSpan.FromSeconds(60);

    // The first sighting of a conversation's lowest hole, shared by every reader in this process.
    private readonly ConcurrentDictionary<string, (long Sequence, DateTimeOffset Since)> _holes = new(StringComparer.Ordinal);

    public static string ConversationKey(string conversationId) => $"directline/conversations/{conversationId}";

    public static string ActivitiesPrefix(string conversationId) => $"directline/activities/{conversationId}/";

    public static string ActivityKey(string conversationId, long sequence) =>
        ActivitiesPrefix(conversationId) + sequence.ToString("D12", CultureInfo.InvariantCulture);

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<DirectLineConversation>(ConversationKey(conversationId), cancellationToken))?.Value;

    /// <summary>Creates the conversation if it does not exist yet (an invitation may create it before anyone opens it).</summary>
    public async Task<DirectLineConversation> EnsureAsync(string conversationId, bool isGroup, CancellationToken cancellationToken)
    {
        // Created by someone else a moment ago: their header is read and kept.
        var created = new DirectLineConversation(DirectLineConversation.CurrentVersion, conversationId, isGroup, 0, time.GetUtcNow(), null);
        return (await storage.UpdateAsync<DirectLineConversation>(ConversationKey(conversationId), current => current is null ? created : null, cancellationToken)).Value!;
    }

    /// <summary>Marks the conversation started; true only for the call that started it (201 rather than 200).</summary>
    public async Task<bool> StartAsync(string conversationId, bool isGroup, CancellationToken cancellationToken)
    {
        await EnsureAsync(conversationId, isGroup, cancellationToken);
        // An append moving the header in between makes the start be decided again on the fresh one.
        var now = time.GetUtcNow();
        var started = await storage.UpdateAsync<DirectLineConversation>(ConversationKey(conversationId), current =>
            (current ?? throw new InvalidOperationException($"Conversation {conversationId} vanished.")).StartedAt is not null
                ? null
                : current with { StartedAt = now }, cancellationToken);
        return started.Written;
    }

    /// <summary>Appends an activity, giving it its id (<c>{conversationId}|{n}</c>) and a timestamp when it has none.</summary>
    public async Task<Activity> AppendAsync(string conversationId, bool isGroup, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = await EnsureAsync(conversationId, isGroup, cancellationToken);
        activity.Timestamp ??= time.GetUtcNow();
        for (var sequence = conversation.LastSequence + 1; ; sequence++)
        {
            activity.Id = $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            try
            {
                await storage.WriteAsync(ActivityKey(conversationId, sequence), activity, WriteCondition.IfAbsent, cancellationToken);
            }
            catch (StorageConflictException) when (sequence - conversation.LastSequence < MaxProbes)
            {
                // Taken: the header lags behind the queue; the next number may be free.
                continue;
            }

            await AdvanceAsync(conversationId, sequence, cancellationToken);
            signals.Notify(conversationId);
            return activity;
        }
    }

    /// <summary>
    /// Activities after <paramref name="watermark"/> (null: from the start), at most <see cref="PageSize"/>, in order
    /// and without a hole: a page stops before a missing number, which is an append still being written. Were it sent
    /// past, the client's watermark would move over it and that activity would never reach the client. Appends take
    /// their numbers in order, so a hole cannot last; should one outlive <see cref="HoleGrace"/> all the same (a
    /// storage fault), it is stepped over rather than stall the conversation for good.
    /// </summary>
    public async Task<ActivitySet> ReadAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var prefix = ActivitiesPrefix(conversationId);
        var page = new List<Activity>();
        long? last = watermark;
        foreach (var document in await storage.ListAsync(prefix, cancellationToken))
        {
            if (!long.TryParse(document.Key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence <= (last ?? 0))
            {
                continue;
            }

            if (page.Count == PageSize || (sequence != (last ?? 0) + 1 && !HoleIsStale(conversationId, (last ?? 0) + 1)))
            {
                break;
            }

            page.Add(BotJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(document.Json))
                ?? throw new InvalidDataException($"The stored activity {document.Key} is empty."));
            last = sequence;
        }

        return new ActivitySet(page, last?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Parses a client's watermark: absent → null, a number → it, anything else → false.</summary>
    public static bool TryParseWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }

        return false;
    }

    /// <summary>Whether the hole at <paramref name="missing"/> was first seen by this process more than <see cref="HoleGrace"/> ago.</summary>
    private bool HoleIsStale(string conversationId, long missing)
    {
        var now = time.GetUtcNow();
        var seen = _holes.AddOrUpdate(conversationId, (missing, now), (_, hole) => hole.Sequence == missing ? hole : (missing, now));
        if (now - seen.Since < HoleGrace)
        {
            return false;
        }

        _holes.TryRemove(new KeyValuePair<string, (long, DateTimeOffset)>(conversationId, seen));
        return true;
    }

    private async Task AdvanceAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        try
        {
            await storage.UpdateAsync<DirectLineConversation>(ConversationKey(conversationId), current =>
                current is null || current.LastSequence >= sequence ? null : current with { LastSequence = sequence }, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Other appends kept moving it: it only needs to reach at least our number, and a lagging header is
            // tolerated (an append probes past taken numbers), so giving up here loses nothing.
        }
    }
}
