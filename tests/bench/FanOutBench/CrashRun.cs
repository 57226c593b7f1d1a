using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Bench.FanOut;

/// <summary>
/// The crash variant: the channel lives here, the sender in a child process that is killed (SIGKILL) once half the
/// reminders were delivered, then started again on the same ledger. Afterwards nothing may be lost, and the
/// duplicates may be at most the pushes that were in flight at the kill: claimed in the ledger and not yet recorded.
/// </summary>
public static class CrashRun
{
    public static async Task<int> RunAsync(BenchSettings settings)
    {
        await using var channel = new TeamsChannel(settings.ChannelPerSecond);
        await channel.StartAsync();
        var child = settings with { ChannelUrl = channel.BaseUrl };
        Console.WriteLine(FanOutRun.Header(child) + "; crash variant, lease " + settings.Lease.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");

        var clock = Stopwatch.StartNew();
        using (var first = Start(child))
        {
            while (channel.Delivered < settings.Reminders / 2 && !first.HasExited)
            {
                await Task.Delay(5);
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var deliveredAtKill = channel.Delivered;
        var atKill = await LedgerAsync(settings.Database);
        var inFlight = atKill.Count(r => r.State == DeliveryState.Claimed);
        var acceptedUnrecorded = channel.DeliveredByKey.Keys.Count(k => atKill.FirstOrDefault(r => r.Key == k)?.State != DeliveryState.Sent);
        Console.WriteLine(FormattableString.Invariant(
            $"killed (SIGKILL) after {clock.Elapsed.TotalSeconds:F1} s with {deliveredAtKill} delivered; in flight at the kill (claimed, not recorded): {inFlight}, of which the channel had accepted {acceptedUnrecorded}"));

        using (var second = Start(child))
        {
            await second.WaitForExitAsync();
            Console.WriteLine("restarted sender: " + (await second.StandardOutput.ReadToEndAsync()).Trim());
        }

        var tally = Tally.Of(channel, settings.Reminders);
        Console.WriteLine(FormattableString.Invariant($"total elapsed {clock.Elapsed.TotalSeconds:F1} s (lower bound {settings.LowerBound.TotalSeconds:F1} s)"));
        Console.WriteLine(tally.Describe(channel) + FormattableString.Invariant($"; duplicates {tally.Duplicated} <= in flight {inFlight}: {tally.Duplicated <= inFlight}"));
        FanOutRun.TryDelete(settings.Database);
        return tally.Lost == 0 && tally.Duplicated <= inFlight ? 0 : 1;
    }

    /// <summary>The sender alone, against the channel named by <c>--channel</c>; prints its report as one line.</summary>
    public static async Task<int> ChildAsync(BenchSettings settings)
    {
        var report = await new BenchSender(settings).RunAsync(CancellationToken.None);
        Console.WriteLine(FormattableString.Invariant($"elapsed {report.Elapsed.TotalSeconds:F1} s, passes {report.Passes}; ") + FanOutRun.Outcomes(report));
        return 0;
    }

    private static Process Start(BenchSettings settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FanOutBench.dll"));
        start.ArgumentList.Add("child");
        foreach (var arg in settings.ToArgs())
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The sender process did not start.");
    }

    private static async Task<List<DeliveryRecord>> LedgerAsync(string database)
    {
        var storage = new SqliteStorage(database);
        var documents = await storage.ListAsync("deliveries/", CancellationToken.None);
        return [.. documents.Select(d => JsonSerializer.Deserialize<DeliveryRecord>(d.Json, BotJson.Options)!)];
    }
}
