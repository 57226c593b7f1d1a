using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// Start-up with many stored meetings (<c>--stored-meetings N</c>): one meeting is set up through the new-meeting
/// dialog on SQLite, then cloned in the database (every document under its prefix, ids replaced) into N meetings,
/// <c>--active-meetings A</c> of them active (with their index markers) and the rest cancelled. The service is then
/// started on that data: twice with the index (the first start also schedules the clones' triggers; the second is
/// the steady state), and once with the index's "built" marker removed, which makes start-up list every document
/// under meetings/ and reconcile every meeting, as it did before the index. Reported: process start to the first
/// answered turn, and the reminder start-up pass as the service logs it.
/// </summary>
public static partial class StoredMeetingsStartup
{
    public static async Task<string> RunAsync(BenchOptions options, TextWriter log)
    {
        var dll = options.ServiceDll ?? Bench.DefaultServiceDll();
        var settings = Bench.Settings("sqlite", null);
        var data = Path.Combine(Path.GetTempPath(), "meetingbot-stored-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        var database = Path.Combine(data, "meetingbot.db");
        await using var channel = await FakeChannel.StartAsync();
        await using (var seed = ServiceUnderTest.Start(dll, settings, data))
        {
            await seed.FirstAnsweredTurnAsync(channel, Bench.StartupTimeout);
            using var client = new BotClient(seed.MessagesUrl, channel.ServiceUrl);
            await new OutlineWorkload(client, channel, 3, Guid.NewGuid().ToString("N")[..6]).RoundAsync(0);
        }

        var original = (await Sql(database, "SELECT substr(key, 10, length(key) - 17) FROM documents WHERE key LIKE 'meetings/%/meeting';")).Trim();
        var clones = options.StoredMeetings - 1;
        var active = Math.Clamp(options.ActiveMeetings - 1, 0, clones);
        log.WriteLine($"seeded meeting {original}; cloning into {options.StoredMeetings} meetings, {options.ActiveMeetings} active");
        await Sql(database, $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {clones})
            INSERT INTO documents (key, body, etag, updated)
            SELECT replace(d.key, '{original}', '{original}-c' || n.i), replace(d.body, '{original}', '{original}-c' || n.i), d.etag, d.updated
            FROM documents d, n WHERE d.key LIKE 'meetings/{original}/%';
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i <= {active})
            INSERT INTO documents (key, body, etag, updated)
            SELECT replace(d.key, '{original}', '{original}-c' || n.i), replace(d.body, '{original}', '{original}-c' || n.i), d.etag, d.updated
            FROM documents d, n WHERE d.key = 'index/active-meetings/{original}' AND n.i <= {active};
            UPDATE documents SET body = json_set(body, '$.status', CASE json_type(body, '$.status') WHEN 'text' THEN 'Cancelled' ELSE 2 END)
            WHERE key LIKE 'meetings/{original}-c%/meeting' AND CAST(substr(key, length('meetings/{original}-c') + 1, length(key) - length('meetings/{original}-c') - 8) AS INTEGER) > {active};
            """);
        var counts = await Sql(database, "SELECT count(*) FROM documents WHERE key LIKE 'meetings/%'; SELECT count(*) FROM documents WHERE key LIKE 'index/active-meetings/%';");
        log.WriteLine($"documents under meetings/, index markers: {counts.ReplaceLineEndings(", ").TrimEnd(',', ' ')}");

        var rows = new List<string>
        {
            "| start | stored meetings | active (indexed) | documents under meetings/ | start to first answered turn ms | reminder start-up pass (service log) |",
            "| --- | --- | --- | --- | --- | --- |",
        };
        var documents = counts.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
        foreach (var (name, before) in new (string, string?)[]
        {
            ("index, first start (schedules the clones)", null),
            ("index, steady", null),
            ("no index: lists every meeting (as before)", $"DELETE FROM documents WHERE key = 'index/active-meetings-built';"),
            ("index, after the migration", null),
        })
        {
            if (before is not null)
            {
                await Sql(database, before);
            }

            await using var service = ServiceUnderTest.Start(dll, settings, data);
            var first = await service.FirstAnsweredTurnAsync(channel, Bench.StartupTimeout);
            var pass = await ReminderPassAsync(Path.Combine(data, "service.log"));
            log.WriteLine($"{name}: first answered turn {first.TotalMilliseconds:F0} ms; {pass}");
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {options.StoredMeetings} | {options.ActiveMeetings} | {documents} | {first.TotalMilliseconds:F0} | {pass} |"));
        }

        Directory.Delete(data, recursive: true);
        return string.Join(Environment.NewLine, rows);
    }

    private static async Task<string> ReminderPassAsync(string serviceLog)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            // The service has the log open; read it shared.
            using (var stream = new FileStream(serviceLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            using (var reader = new StreamReader(stream))
            {
                if (ReminderLine().Match(await reader.ReadToEndAsync()) is { Success: true } line)
                {
                    return line.Groups[1].Value.Trim();
                }
            }

            await Task.Delay(100);
        }

        return "no reminder start-up line within 120 s";
    }

    private static async Task<string> Sql(string database, string sql)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(database);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(sql);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"sqlite3 failed: {error}");
    }

    [GeneratedRegex(@"Reminders: ([^\r\n]*(?:reconciled|built)[^\r\n]*)")]
    private static partial Regex ReminderLine();
}
