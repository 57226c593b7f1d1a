using System.Collections.Concurrent;
using System.Diagnostics;

namespace MeetingBot.Bench.Turns.County;

/// <summary>
/// Turns sent as a Bot Framework channel sends them: through the front (nginx), and when the answer is not 2xx or the
/// connection fails (an instance killed mid-turn), the same activity again — same id — until it is answered or
/// <see cref="GiveUpAfter"/>. A turn counts as answered when a reply to its id reached the fake channel.
/// </summary>
public sealed class ChannelTurns(Uri messagesUrl, FakeChannel channel) : IDisposable
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(150);

    private readonly BotClient _client = new(messagesUrl, channel.ServiceUrl);
    private readonly ConcurrentBag<TurnRecord> _turns = [];

    public IReadOnlyCollection<TurnRecord> Turns => _turns;

    /// <param name="expect">A text the reply must contain; null: any reply.</param>
    public async Task<TurnRecord> SendAsync(Person from, Conversation conversation, string text, IReadOnlyList<Person>? mentions = null, string? expect = null, bool measured = false)
    {
        var id = Guid.NewGuid().ToString("N");
        var timestamp = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var attempts = 0;
        var status = 0;
        while (clock.Elapsed < GiveUpAfter)
        {
            attempts++;
            try
            {
                (status, _, _) = await _client.SendAsync(from, conversation, text, mentions, id, timestamp);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            if (status is >= 200 and < 300)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        var answeredAt = clock.Elapsed;
        // Replies are posted during the turn; a moment more for one still on the wire.
        IReadOnlyList<Received> replies = [];
        for (var wait = 0; wait < 50 && (replies = RepliesTo(conversation, id)).Count == 0; wait++)
        {
            await Task.Delay(100);
        }

        var error = status is < 200 or > 299 ? $"HTTP {status} after {attempts} attempt(s)"
            : replies.Count == 0 ? "no reply"
            : expect is not null && !replies.Any(r => r.Text.Contains(expect, StringComparison.Ordinal)) ? $"unexpected reply: {Short(replies[0].Text)}"
            : null;
        var record = new TurnRecord(id, conversation.Id, text, attempts, answeredAt, error, measured);
        _turns.Add(record);
        return record;
    }

    public IReadOnlyList<Received> RepliesTo(Conversation conversation, string activityId) =>
        [.. channel.Seen(conversation.Id).Where(r => r.ReplyToId == activityId)];

    public void Dispose() => _client.Dispose();

    private static string Short(string text) => text.Length > 100 ? text[..100] + "…" : text;
}

public sealed record TurnRecord(string ActivityId, string ConversationId, string Text, int Attempts, TimeSpan Elapsed, string? Error, bool Measured);
