using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace MeetingBot.Bench.Turns.County;

/// <summary>
/// A county on one deployment (issue T2-6): <c>--county UNITSxPEOPLE</c>. Two instances behind nginx on loopback
/// share one PostgreSQL database. Every unit's secretary asks for a new meeting in the unit's group and answers its
/// questions in her 1:1 chat, and everyone says hello in 1:1; then, for <c>--county-load</c>, members ask 我的任务 at a steady
/// <c>--rate</c> from all units while each secretary sends 立即提醒 (a day's reminders, one fan-out per unit, spread
/// over the window); halfway, instance 2 is killed with SIGKILL and started again 3 s later. Afterwards: every turn
/// answered (a channel redelivers what failed), every member reminded once (duplicates only among pushes in flight at
/// the kill), the overseer's 各单位进度 listing every unit's meeting as set up, the overview page and its export
/// matching the meetings stored in PostgreSQL (<see cref="OverviewCheck"/>; every other unit reported upward), and one
/// activity sent to both instances handled once. Exit 1 on any loss or mismatch.
/// </summary>
public static class CountyRun
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        var (units, people) = options.CountySize!.Value;
        var team = CountyTeam.Of(units, people);
        var dll = options.ServiceDll ?? Bench.DefaultServiceDll();
        await output.WriteLineAsync($"county: {units} units × {people} people, 2 instances behind nginx, PostgreSQL; load {options.CountyLoad.TotalSeconds:F0} s at {options.Rate} turns/s; kill: {options.CountyKill}");
        await using var channel = await FakeChannel.StartAsync();
        var clock = Stopwatch.StartNew();
        await using var deployment = await CountyDeployment.StartAsync(dll, 2, team.RosterCsv(), output);
        await output.WriteLineAsync($"deployment up in {clock.Elapsed.TotalSeconds:F1} s: nginx {deployment.FrontUrl}, instances {deployment.InstanceUrl(0)} {deployment.InstanceUrl(1)}");
        using var turns = new ChannelTurns(new Uri(deployment.FrontUrl, "api/messages"), channel);

        // 1. Every unit sets its meeting up (eight units at a time), then everyone opens a 1:1 chat with the bot.
        clock.Restart();
        var day = DateTime.UtcNow.AddDays(40);
        await Parallel.ForEachAsync(team.Units, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (unit, _) =>
        {
            (string Text, Person[] Mentions)[] steps =
            [
                ("新建会议", []),
                ("专题民主生活会", []),
                (unit.Theme, []),
                ($"{day.Year}年{day.Month}月{day.Day}日 上午9点", []),
                ("党委会议室", []),
                ("默认", []),
                ("", [unit.Team[0]]),
                ("", [.. unit.Team.Skip(1)]),
                ("跳过", []),
                ("跳过", []),
            ];
            // Asked in the group, the questions come in the secretary's 1:1 chat (Teams as shipped; the one she opened
            // with 帮助); the meeting is the group's.
            await turns.SendAsync(unit.Secretary, Conversation.PersonalWith(unit.Secretary), "帮助");
            var answerIn = unit.Group;
            foreach (var (text, mentions) in steps)
            {
                await turns.SendAsync(unit.Secretary, answerIn, text, mentions);
                answerIn = Conversation.PersonalWith(unit.Secretary);
            }

            // The confirmation counts only when it says the meeting was created: an apology is a reply too (a run
            // counted one as success and lost two units' meetings from every list).
            await turns.SendAsync(unit.Secretary, answerIn, "是", expect: "已创建会议");

            foreach (var person in unit.Team)
            {
                await turns.SendAsync(person, Conversation.PersonalWith(person), "帮助");
            }

            if (unit.Number % 2 == 1)
            {
                // Every other unit reports its date and theme to the county (上报), so the overview has both kinds of row.
                var secretary = Conversation.PersonalWith(unit.Secretary);
                var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await turns.SendAsync(unit.Secretary, secretary, $"提交 上报 {today} 县委组织部", expect: "县委组织部");
                await turns.SendAsync(unit.Secretary, secretary, "提交");
            }
        });
        var setUp = clock.Elapsed;
        var setUpErrors = turns.Turns.Where(t => t.Error is not null).ToList();
        await output.WriteLineAsync($"set-up: {turns.Turns.Count} turns in {setUp.TotalSeconds:F1} s, {setUpErrors.Count} failed{Sample(setUpErrors)}");
        foreach (var person in team.Units.SelectMany(u => u.Team))
        {
            // Whatever set-up sent them proactively (welcome, notices) is not a reminder.
            channel.Take(Conversation.PersonalWith(person).Id);
        }

        // 2. The load window: members' turns at a steady rate, each unit's 立即提醒 spread over it, a kill halfway.
        var random = new Random(7);
        var members = team.Units.SelectMany(u => u.Team).ToArray();
        var window = options.CountyLoad;
        var pending = new List<Task>();
        var reminded = new List<(CountyUnit Unit, Task<TurnRecord> Turn)>();
        var killed = (At: TimeSpan.Zero, InFlight: -1L, Restarted: TimeSpan.Zero);
        Task? kill = null;
        clock.Restart();
        var total = (int)(window.TotalSeconds * options.Rate);
        var nextUnit = 0;
        for (var n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds(n / options.Rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var member = members[random.Next(members.Length)];
            pending.Add(turns.SendAsync(member, Conversation.PersonalWith(member), "我的任务", measured: true));
            while (nextUnit < team.Units.Count && clock.Elapsed >= window * 0.8 * (nextUnit + 0.5) / team.Units.Count)
            {
                var unit = team.Units[nextUnit++];
                reminded.Add((unit, turns.SendAsync(unit.Secretary, unit.Group, "立即提醒")));
            }

            if (options.CountyKill && kill is null && clock.Elapsed >= window / 2)
            {
                kill = Task.Run(async () =>
                {
                    var at = clock.Elapsed;
                    await deployment.KillAsync(1);
                    var inFlight = await ClaimedDeliveriesAsync(deployment.ConnectionString);
                    await Task.Delay(TimeSpan.FromSeconds(3));
                    await deployment.RestartAsync(1);
                    killed = (at, inFlight, clock.Elapsed);
                });
            }
        }

        while (nextUnit < team.Units.Count)
        {
            var unit = team.Units[nextUnit++];
            reminded.Add((unit, turns.SendAsync(unit.Secretary, unit.Group, "立即提醒")));
        }

        var sent = clock.Elapsed;
        await Task.WhenAll(pending);
        await Task.WhenAll(reminded.Select(r => r.Turn));
        if (kill is not null)
        {
            await kill;
        }

        var settled = clock.Elapsed;
        // A push the killed instance had claimed is sent again only when its ledger lease has lapsed (FanOut:Lease,
        // the service's default, which the county deployment does not change) and the reminder's follow-up fires, a
        // lease after the fan-out that found it busy (the redelivered turn's, which may end well after the restart):
        // wait until no claim is left, or two leases past the restart, before counting what arrived.
        var lease = MeetingBot.Delivery.FanOutOptions.DefaultLease;
        var claimedWhenCounted = 0L;
        while (killed.InFlight > 0 && (claimedWhenCounted = await ClaimedDeliveriesAsync(deployment.ConnectionString)) > 0
            && clock.Elapsed < killed.Restarted + lease + lease + TimeSpan.FromSeconds(30))
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        // Pushes still on their way (paced per conversation, retried after a lapsed ledger lease): until none arrive for 5 s.
        await QuietAsync(channel, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(120));

        // 3. What arrived.
        var measured = turns.Turns.Where(t => t.Measured).ToList();
        var lostTurns = measured.Where(t => t.Error is not null).ToList();
        var redelivered = measured.Count(t => t.Attempts > 1);
        var latencies = measured.Where(t => t.Error is null).Select(t => t.Elapsed.TotalMilliseconds).Order().ToArray();
        var remindErrors = reminded.Where(r => r.Turn.Result.Error is not null).ToList();
        var perMember = team.Units.SelectMany(u => u.Team).Select(p => channel.Seen(Conversation.PersonalWith(p).Id).Count(r => r.ReplyToId is null)).ToArray();
        var lostReminders = perMember.Count(c => c == 0);
        var duplicated = perMember.Sum(c => Math.Max(0, c - 1));

        // 4. The overseer's view against what was set up.
        var overview = await OverviewAsync(turns, team);

        // 5. The overview page and its export, as the county's overseer signed in sees them, against PostgreSQL.
        var overviewPage = await OverviewCheck.RunAsync(deployment, team);

        // 6. One activity delivered to both instances at once (a redelivery the balancer sent to the other): handled once.
        var (twiceHandled, twiceDetail) = await SentToBothAsync(deployment, channel, team);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"| units × people | {units} × {people} ({units * people} people, {units} meetings) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| set-up (asked in every group, answered in 1:1; hello in every 1:1) | {setUp.TotalSeconds:F1} s, {turns.Turns.Count(t => !t.Measured) - reminded.Count} turns, {setUpErrors.Count} failed |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| load turns (我的任务) | {measured.Count} sent in {sent.TotalSeconds:F1} s ({measured.Count / Math.Max(sent.TotalSeconds, 0.001):F1}/s), all settled at {settled.TotalSeconds:F1} s; {redelivered} redelivered by the channel; **{lostTurns.Count} lost** |");
        if (latencies.Length > 0)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| turn latency incl. redelivery p50 / p99 / max | {Percentile(latencies, 0.50):F0} / {Percentile(latencies, 0.99):F0} / {latencies[^1]:F0} ms |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"| reminders (立即提醒 per unit) | {units} fan-outs, {remindErrors.Count} commands failed; {perMember.Sum()} pushes to {perMember.Length} people; **{lostReminders} lost, {duplicated} duplicated** |");
        report.AppendLine(options.CountyKill
            ? string.Create(CultureInfo.InvariantCulture, $"| kill -9 of instance 2 | at {killed.At.TotalSeconds:F1} s; pushes in flight at the kill (claimed, not recorded): {killed.InFlight}; restarted and ready at {killed.Restarted.TotalSeconds:F1} s; still claimed when counted: {claimedWhenCounted} |")
            : "| kill -9 | not done (--county-kill false) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| overseer's 各单位进度 | {overview.Detail} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| overview page and .xlsx export against the stored meetings | {overviewPage.Detail} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| same activity to both instances | {twiceDetail} |");
        await output.WriteLineAsync();
        await output.WriteLineAsync(report.ToString());
        foreach (var turn in lostTurns.Concat(remindErrors.Select(r => r.Turn.Result)).Concat(setUpErrors).Take(10))
        {
            await output.WriteLineAsync($"  failed: {turn.ConversationId} “{turn.Text}”: {turn.Error}");
        }

        var ok = setUpErrors.Count == 0 && lostTurns.Count == 0 && remindErrors.Count == 0 && lostReminders == 0
            && duplicated <= Math.Max(0, killed.InFlight) && overview.Correct && overviewPage.Correct && twiceHandled == 1;
        await output.WriteLineAsync(ok ? "county: passed" : "county: FAILED");
        return ok ? 0 : 1;
    }

    private static async Task<(bool Correct, string Detail)> OverviewAsync(ChannelTurns turns, CountyTeam team)
    {
        var conversation = Conversation.PersonalWith(team.Overseer);
        var turn = await turns.SendAsync(team.Overseer, conversation, "各单位进度");
        var text = string.Join("\n", turns.RepliesTo(conversation, turn.ActivityId).Select(r => r.Text));
        var heading = $"共{team.Units.Count}个会议";
        // The chat lists the first 30 units; each listed one must show the theme its secretary set up.
        var listed = team.Units.Take(30).Count(u => text.Contains(u.Path.Split('/')[^1], StringComparison.Ordinal) && text.Contains(u.Theme, StringComparison.Ordinal));
        var expected = Math.Min(30, team.Units.Count);
        var correct = turn.Error is null && text.Contains(heading, StringComparison.Ordinal) && listed == expected;
        return (correct, correct
            ? $"{heading}; {listed} of the first {expected} units listed with the theme set up"
            : $"WRONG: {turn.Error ?? "answered"}; heading “{heading}” {(text.Contains(heading, StringComparison.Ordinal) ? "found" : "missing")}; {listed}/{expected} units listed");
    }

    private static async Task<(int Handled, string Detail)> SentToBothAsync(CountyDeployment deployment, FakeChannel channel, CountyTeam team)
    {
        var person = team.Units[0].Team[^1];
        var conversation = Conversation.PersonalWith(person);
        using var first = new BotClient(new Uri(deployment.InstanceUrl(0), "api/messages"), channel.ServiceUrl);
        using var second = new BotClient(new Uri(deployment.InstanceUrl(1), "api/messages"), channel.ServiceUrl);
        // One handling's replies (我的任务 answers with the list and its buttons), counted on a delivery of its own.
        var once = "once-" + Guid.NewGuid().ToString("N");
        await first.SendAsync(person, conversation, "我的任务", null, once);
        await Task.Delay(1000);
        var perHandling = channel.Seen(conversation.Id).Count(r => r.ReplyToId == once);

        var id = "both-" + Guid.NewGuid().ToString("N");
        var statuses = await Task.WhenAll(first.SendAsync(person, conversation, "我的任务", null, id), second.SendAsync(person, conversation, "我的任务", null, id));
        await Task.Delay(1000);
        // The instance that lost the claim answered 503 (still running there) or 200 (handled) without replying.
        var replies = channel.Seen(conversation.Id).Count(r => r.ReplyToId == id);
        var handled = perHandling == 0 ? -1 : replies / perHandling;
        var codes = string.Join(" and ", statuses.Select(s => s.Status.ToString(CultureInfo.InvariantCulture)));
        return (handled, handled == 1 && replies % perHandling == 0
            ? $"handled once (answers {codes}; {replies} replies, as one handling sends)"
            : $"WRONG: {replies} replies where one handling sends {perHandling} (answers {codes})");
    }

    private static async Task<long> ClaimedDeliveriesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM meetingbot_state WHERE key LIKE 'deliveries/%' AND lower(body::jsonb->>'state') = 'claimed'", connection);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    private static async Task QuietAsync(FakeChannel channel, TimeSpan quiet, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var last = channel.Activities;
        var since = Stopwatch.StartNew();
        while (clock.Elapsed < limit && since.Elapsed < quiet)
        {
            await Task.Delay(250);
            if (channel.Activities != last)
            {
                (last, since) = (channel.Activities, Stopwatch.StartNew());
            }
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Sample(List<TurnRecord> errors) =>
        errors.Count == 0 ? string.Empty : " (" + string.Join("; ", errors.Take(3).Select(e => $"{e.ConversationId} “{e.Text}”: {e.Error}")) + ")";
}
