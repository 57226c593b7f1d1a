using System.Collections.Concurrent;
using System.Diagnostics;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// The criticism-outline submission dialog (批评发言提纲), end to end over HTTP. A round is one democratic life
/// meeting set up through the new-meeting dialog in its team conversation (not measured), with one author per
/// conversation slot (the lead and the members); each author then hands in an outline about every other member in
/// his 1:1 chat: <c>提交 提纲 @target</c>, the points, <c>提交</c> — three measured turns, each checked by its reply.
/// An author who has covered everyone moves on to the next round (set up ahead, while this one runs).
/// </summary>
public sealed class OutlineWorkload(BotClient client, FakeChannel channel, int authors, string run) : IWorkload
{
    /// <summary>The office that sets up every round: the service's first administrator (who may organise), known by its Teams id.</summary>
    public const string OfficeName = "党政办";
    public const string OfficeAadObjectId = "00000000-0000-4000-8000-0000000000b1";

    private const string Points =
        "1. 党性原则不够强，例如对分管领域的违规问题没有及时指出\n" +
        "2. 工作落实不够实，例如去年三项重点工作推进缓慢拖延半年\n" +
        "3. 严格自律要求不严，例如公务接待超标一次未及时纠正";

    private readonly ConcurrentDictionary<int, Lazy<Task<Person[]>>> _rounds = new();
    private readonly ConcurrentDictionary<int, (int Round, int Target, int Step)> _progress = new();

    public async Task<TurnResult> NextTurnAsync(int slot)
    {
        var (round, target, step) = _progress.GetOrAdd(slot, _ => (0, 0, 0));
        if (target == slot)
        {
            target++;
        }

        if (target >= authors)
        {
            (round, target, step) = (round + 1, slot == 0 ? 1 : 0, 0);
        }

        var team = await RoundAsync(round);
        // Set the next round up while this one runs, so authors reaching its end rarely wait.
        _ = RoundAsync(round + 1);
        var (author, about) = (team[slot], team[target]);
        var conversation = Conversation.PersonalWith(author);
        var (text, mentions, expect) = step switch
        {
            0 => ("提交 提纲", new[] { about }, about.Name),
            1 => (Points, [], (string?)null),
            _ => ("提交", [], "已提交"),
        };
        var (status, started, elapsed) = await client.SendAsync(author, conversation, text, mentions);
        var replies = channel.Take(conversation.Id);
        _progress[slot] = step == 2 ? (round, target + 1, 0) : (round, target, step + 1);
        var error = status is < 200 or > 299 ? $"HTTP {status}"
            : replies.Count == 0 ? $"no reply to step {step}"
            // The lead's chat also gets "… handed in, awaiting your review" notices, so look among all replies.
            : expect is not null && !replies.Any(r => r.Text.Contains(expect, StringComparison.Ordinal)) ? $"step {step}: unexpected reply {Short(replies[0].Text)}"
            : null;
        return new TurnResult(elapsed, error, replies.Count == 0 ? null : Stopwatch.GetElapsedTime(started, replies[0].Arrived));
    }

    /// <summary>The people of round <paramref name="round"/> (the lead first, then the members), set up once.</summary>
    public Task<Person[]> RoundAsync(int round) =>
        _rounds.GetOrAdd(round, r => new Lazy<Task<Person[]>>(() => SetUpAsync(r))).Value;

    private async Task<Person[]> SetUpAsync(int round)
    {
        var prefix = $"{run}-r{round}";
        var secretary = new Person($"{prefix}-sec", $"秘书{prefix}", OfficeAadObjectId);
        var team = Enumerable.Range(0, authors).Select(i => new Person($"{prefix}-p{i}", i == 0 ? $"书记{prefix}" : $"成员{prefix}-{i}")).ToArray();
        var group = new Conversation($"team-{prefix}", true);
        var day = DateTime.UtcNow.AddDays(40);
        (string Text, Person[] Mentions)[] steps =
        [
            ("新建会议", []),
            ("专题民主生活会", []),
            ("深入学习贯彻新思想 以整风精神开展批评和自我批评", []),
            ($"{day.Year}年{day.Month}月{day.Day}日 上午9点", []),
            ("党委第一会议室", []),
            ("默认", []),
            ("", [team[0]]),
            ("", team[1..]),
            ("跳过", []),
            ("跳过", []),
            ("是", []),
        ];
        // Asked in the group, answered in the secretary's 1:1 chat (Teams as shipped; the one she opened with 帮助);
        // the meeting is the group's.
        await client.SendAsync(secretary, Conversation.PersonalWith(secretary), "帮助");
        channel.Take(Conversation.PersonalWith(secretary).Id);
        var answerIn = group;
        foreach (var (text, mentions) in steps)
        {
            var (status, _, _) = await client.SendAsync(secretary, answerIn, text, mentions);
            var replies = channel.Take(answerIn.Id);
            answerIn = Conversation.PersonalWith(secretary);
            if (status is < 200 or > 299 || replies.Count == 0)
            {
                throw new InvalidOperationException($"Setting up round {round} failed at \"{text}\": HTTP {status}, {replies.Count} replies.");
            }
        }

        return team;
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
