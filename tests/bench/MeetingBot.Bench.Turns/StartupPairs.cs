using System.Globalization;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// Start-up only (<c>--startups N</c>): every contestant of <c>--versus</c> (the storage's build and each
/// <c>--variant</c>, the SDK peer too with <c>--versus sdk</c>) started N times, interleaved with the order alternating,
/// each stopped once it has answered its first turn. Two figures per start: wall time from process start to the first
/// answered turn, and the process's CPU time (utime + stime) at that moment — the work done, which the machine's load
/// barely changes, where the wall time can double on two shared cores. Then, 3 s later, its idle resident memory
/// (VmRSS, and of it the file-backed pages: mapped code images and native libraries).
/// </summary>
public static class StartupPairs
{
    public sealed record Start(string Bot, int Run, double WallMs, double CpuMs, double IdleMb, double IdleFileMb, string Load);

    public static async Task<IReadOnlyList<Start>> RunAsync(BenchOptions options, TextWriter log)
    {
        await using var channel = await FakeChannel.StartAsync();
        var contestants = Versus.Contestants(options, withSdk: options.Versus is not null);
        var starts = new List<Start>();
        for (var run = 1; run <= options.Startups; run++)
        {
            var order = run % 2 == 1 ? contestants : [.. Enumerable.Reverse(contestants)];
            foreach (var contestant in order)
            {
                var load = Versus.LoadAverage();
                await using var service = contestant.Start();
                var wall = await service.FirstAnsweredTurnAsync(channel, Bench.StartupTimeout);
                var cpu = ProcessStats.CpuTime(service.Pid);
                // Idle: the first turn answered, nothing else to do for a few seconds (as --versus reads it).
                await Task.Delay(TimeSpan.FromSeconds(3));
                var idle = ProcessStats.ResidentMegabytes(service.Pid);
                var idleFile = ProcessStats.FileResidentMegabytes(service.Pid);
                starts.Add(new Start(contestant.Name, run, wall.TotalMilliseconds, cpu.TotalMilliseconds, idle, idleFile, load));
                log.WriteLine(FormattableString.Invariant(
                    $"start {run} {contestant.Name}: first answered turn {wall.TotalMilliseconds:F0} ms, CPU {cpu.TotalMilliseconds:F0} ms, idle {idle:F1} MB ({idleFile:F1} file), load {load}"));
            }
        }

        return starts;
    }

    /// <summary>Medians per bot, then every start (wall / CPU ms) in the order run.</summary>
    public static string Markdown(IReadOnlyList<Start> starts)
    {
        var lines = new List<string>
        {
            "| bot | starts | wall ms, median (min–max) | CPU ms, median (min–max) | idle MB, median (min–max) | of it file-backed MB | each start: wall / CPU ms (load) |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        };
        foreach (var bot in starts.Select(s => s.Bot).Distinct())
        {
            var mine = starts.Where(s => s.Bot == bot).ToList();
            var walls = mine.Select(s => s.WallMs).ToList();
            var cpus = mine.Select(s => s.CpuMs).ToList();
            var idles = mine.Select(s => s.IdleMb).ToList();
            var each = string.Join(", ", mine.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.WallMs:F0} / {s.CpuMs:F0} ({s.Load})")));
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {bot} | {mine.Count} | {Versus.Median(walls):F0} ({walls.Min():F0}–{walls.Max():F0}) | {Versus.Median(cpus):F0} ({cpus.Min():F0}–{cpus.Max():F0}) | {Versus.Median(idles):F1} ({idles.Min():F1}–{idles.Max():F1}) | {Versus.Median(mine.Select(s => s.IdleFileMb).ToList()):F1} | {each} |"));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
