using System.Globalization;

namespace MeetingBot.Bench.FanOut;

/// <summary>The plain run: channel and sender in one process; time against the lower bound, 429s, lost and duplicated.</summary>
public static class FanOutRun
{
    public static async Task<int> InProcessAsync(BenchSettings settings)
    {
        await using var channel = new TeamsChannel(settings.ChannelPerSecond);
        await channel.StartAsync();
        Console.WriteLine(Header(settings));
        var report = await new BenchSender(settings with { ChannelUrl = channel.BaseUrl }).RunAsync(CancellationToken.None);
        var tally = Tally.Of(channel, settings.Reminders);
        Console.WriteLine(FormattableString.Invariant(
            $"elapsed {report.Elapsed.TotalSeconds:F1} s vs lower bound {settings.LowerBound.TotalSeconds:F1} s (x{report.Elapsed / settings.LowerBound:F3}); passes {report.Passes}"));
        Console.WriteLine(Outcomes(report));
        Console.WriteLine(tally.Describe(channel));
        TryDelete(settings.Database);
        return tally.Lost == 0 && tally.Duplicated == 0 ? 0 : 1;
    }

    public static string Header(BenchSettings s) => FormattableString.Invariant(
        $"{s.Reminders} reminders to {s.Conversations} conversations; sender {s.SenderPerSecond}/s, channel enforces {s.ChannelPerSecond}/s per app and 7/1s, 8/2s, 60/30s, 1800/h per conversation; {s.Workers} workers; {Environment.ProcessorCount} cores; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");

    public static string Outcomes(SendReport report) =>
        "sender outcomes: " + string.Join(", ", report.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value.ToString(CultureInfo.InvariantCulture)}"));

    public static void TryDelete(string database)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
