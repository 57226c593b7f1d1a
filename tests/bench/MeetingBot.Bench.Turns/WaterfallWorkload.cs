using System.Collections.Concurrent;
using System.Diagnostics;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// The 3-step reference waterfall that MeetingBot (<c>Bench:Dialog</c>) and the botbuilder-js peer
/// (tests/bench/SdkPeer) both implement: <c>bench</c>, a name, a unit, <c>是</c> — four turns per pass, each checked by
/// its reply (the prompt for the name, for the unit, the confirmation naming both, then 已保存). Each conversation
/// is one person's 1:1 chat going round the dialog again and again, so user state is read and written every pass.
/// </summary>
public sealed class WaterfallWorkload(BotClient client, FakeChannel channel, string run) : IWorkload
{
    private readonly ConcurrentDictionary<int, int> _step = new();

    public async Task<TurnResult> NextTurnAsync(int slot)
    {
        var step = _step.GetOrAdd(slot, 0);
        var person = new Person($"wf-{run}-{slot}", $"Bench {slot}");
        var conversation = Conversation.PersonalWith(person);
        var name = $"张三{slot}";
        var (text, expect) = step switch
        {
            0 => ("bench", "姓名"),
            1 => (name, "单位"),
            2 => ("党政办", name),
            _ => ("是", "已保存"),
        };
        var (status, started, elapsed) = await client.SendAsync(person, conversation, text);
        var replies = channel.Take(conversation.Id);
        _step[slot] = (step + 1) % 4;
        var error = status is < 200 or > 299 ? $"HTTP {status}"
            : replies.Count == 0 ? $"no reply to step {step}"
            : !replies.Any(r => r.Text.Contains(expect, StringComparison.Ordinal)) ? $"step {step}: unexpected reply {Short(replies[0].Text)}"
            : null;
        return new TurnResult(elapsed, error, replies.Count == 0 ? null : Stopwatch.GetElapsedTime(started, replies[0].Arrived));
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
