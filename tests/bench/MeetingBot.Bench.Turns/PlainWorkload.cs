using System.Diagnostics;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// Any Bot Framework bot: each conversation is one person's 1:1 chat sending the same plain message; a turn passes
/// when the bot answers 2xx and at least one reply reaches the fake channel before the HTTP answer.
/// </summary>
public sealed class PlainWorkload(BotClient client, FakeChannel channel, string message, string run) : IWorkload
{
    public async Task<TurnResult> NextTurnAsync(int slot)
    {
        var person = new Person($"bench-{run}-{slot}", $"Bench {slot}");
        var conversation = Conversation.PersonalWith(person);
        var (status, started, elapsed) = await client.SendAsync(person, conversation, message);
        var replies = channel.Take(conversation.Id);
        return new TurnResult(elapsed,
            status is < 200 or > 299 ? $"HTTP {status}" : replies.Count == 0 ? "no reply" : null,
            replies.Count == 0 ? null : Stopwatch.GetElapsedTime(started, replies[0].Arrived));
    }
}
