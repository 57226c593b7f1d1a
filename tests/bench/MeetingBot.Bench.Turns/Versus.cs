using System.Globalization;
using System.Text.Json;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// MeetingBot against the botbuilder-js peer through this one harness and one fake channel, on the same 3-step
/// waterfall, interleaved: each round starts every bot afresh in turn (the order alternates round by round), so
/// both see the same machine load and the ratios compare like with like even on a shared machine.
/// </summary>
public static class Versus
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    internal sealed record Contestant(string Name, bool IsSdk, Func<ServiceUnderTest> Start);

    public static async Task<IReadOnlyList<VersusResult>> RunAsync(BenchOptions options, TextWriter log)
    {
        await using var channel = await FakeChannel.StartAsync();
        var contestants = Contestants(options);
        var results = new List<VersusResult>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var order = round % 2 == 1 ? contestants : [.. Enumerable.Reverse(contestants)];
            foreach (var contestant in order)
            {
                var result = await MeasureAsync(contestant, round, options, channel);
                results.Add(result);
                log.WriteLine(FormattableString.Invariant(
                    $"round {round} {contestant.Name}: start-up {result.StartupMs:F0} ms, idle {result.IdleMb:F0} MB, load {result.LoadBefore} → {result.LoadAfter}"));
                log.WriteLine("  fresh " + Bench.Describe(contestant.Name, result.Fresh));
                log.WriteLine("  warm  " + Bench.Describe(contestant.Name, result.Warm));
            }
        }

        if (options.JsonPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(results, Indented));
        }

        return results;
    }

    /// <summary>Every run as a table row, then each MeetingBot contestant's figures ÷ the SDK's, as medians of the per-round ratios.</summary>
    public static string Markdown(IReadOnlyList<VersusResult> results)
    {
        var lines = new List<string>
        {
            "| round | bot | start-up ms | idle MB | fresh CPU ms/turn | warm CPU ms/turn | warm turns/s | warm p50 ms | warm p99 ms | peak MB | errors | load before → after |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        };
        foreach (var r in results)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Round} | {r.Bot} | {r.StartupMs:F0} | {r.IdleMb:F0} | {r.Fresh.CpuMsPerTurn:F2} | {r.Warm.CpuMsPerTurn:F2} | {r.Warm.TurnsPerSecond:F0} | {r.Warm.P50:F1} | {r.Warm.P99:F1} | {r.Warm.PeakMemoryMb:F0} | {r.Fresh.Errors + r.Warm.Errors} | {r.LoadBefore} → {r.LoadAfter} |"));
        }

        lines.Add(string.Empty);
        lines.Add("| MeetingBot ÷ SDK (median of the rounds; each round's ratio in brackets) | " + string.Join(" | ", Figures.Select(f => f.Name)) + " |");
        lines.Add("| --- |" + string.Concat(Figures.Select(_ => " --- |")));
        var sdk = results.Where(r => r.IsSdk).ToDictionary(r => r.Round);
        foreach (var bot in results.Where(r => !r.IsSdk).Select(r => r.Bot).Distinct())
        {
            var cells = Figures.Select(f =>
            {
                var ratios = results.Where(r => r.Bot == bot && sdk.ContainsKey(r.Round))
                    .Select(r => f.Of(r) / f.Of(sdk[r.Round])).ToList();
                return ratios.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
                    $"{Median(ratios):F2} ({string.Join(", ", ratios.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))})");
            });
            lines.Add($"| {bot} | " + string.Join(" | ", cells) + " |");
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static readonly (string Name, Func<VersusResult, double> Of)[] Figures =
    [
        ("fresh CPU/turn", r => r.Fresh.CpuMsPerTurn ?? double.NaN),
        ("warm CPU/turn", r => r.Warm.CpuMsPerTurn ?? double.NaN),
        ("warm p99", r => r.Warm.P99),
        ("idle RSS", r => r.IdleMb),
        ("peak RSS", r => r.Warm.PeakMemoryMb ?? double.NaN),
        ("start to first answered turn", r => r.StartupMs),
    ];

    private static async Task<VersusResult> MeasureAsync(Contestant contestant, int round, BenchOptions options, FakeChannel channel)
    {
        var loadBefore = LoadAverage();
        await using var service = contestant.Start();
        var startup = await service.FirstAnsweredTurnAsync(channel, Bench.StartupTimeout);
        // Idle: the first turn answered, nothing else to do for a few seconds.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idle = ProcessStats.ResidentMegabytes(service.Pid);
        using var client = new BotClient(service.MessagesUrl, channel.ServiceUrl);
        // Fresh: the first turns of the dialog the process has ever run, with code still cold (JIT, first calls).
        var fresh = await LoadRun.LoadAsync(new WaterfallWorkload(client, channel, $"{round}f"), options.Conversations, 0, options.FreshTurns, service.Pid);
        var profile = options.ProfilePath is { } path && !contestant.IsSdk
            ? new ServiceProfile(service.Pid, Path.ChangeExtension(path, null) + $"-{contestant.Name}-{round}.nettrace")
            : null;
        var warm = await LoadRun.LoadAsync(new WaterfallWorkload(client, channel, $"{round}w"), options.Conversations, options.Warmup, options.Turns, service.Pid, profile);
        if (profile is not null)
        {
            Console.WriteLine(profile.Summarise(options.ProfileTop));
        }

        return new VersusResult(contestant.Name, contestant.IsSdk, round, startup.TotalMilliseconds, idle, fresh, warm, loadBefore, LoadAverage());
    }

    /// <param name="withSdk">False: MeetingBot's contestants only (the start-up pairs without <c>--versus sdk</c>).</param>
    internal static List<Contestant> Contestants(BenchOptions options, bool withSdk = true)
    {
        var dll = options.ServiceDll ?? Bench.DefaultServiceDll();
        var list = new List<Contestant>();
        foreach (var storage in options.Storages)
        {
            if (storage == "azurite")
            {
                throw new ArgumentException("--versus runs sqlite or memory storage.");
            }

            var settings = WithBenchDialog(Bench.Settings(storage, null));
            list.Add(new Contestant($"meetingbot-{storage}", false, () => ServiceUnderTest.Start(dll, settings)));
        }

        foreach (var variant in options.Variants)
        {
            var (name, settings, variantDll) = Variant(variant, options.Storages[0], dll);
            list.Add(new Contestant(name, false, () => ServiceUnderTest.Start(variantDll, settings)));
        }

        if (withSdk)
        {
            var peer = Path.Combine(Bench.RepositoryRoot(), "tests", "bench", "SdkPeer");
            list.Add(new Contestant("sdk-memory", true, () => ServiceUnderTest.StartSdkPeer(peer)));
        }

        return list;
    }

    // NAME:K=V,K=V — environment for one more MeetingBot process; K "dll" is the MeetingBot.dll to start instead, K "exe"
    // an executable (the NativeAOT publish's MeetingBot) started as it is.
    private static (string Name, Dictionary<string, string> Settings, string Dll) Variant(string text, string storage, string dll)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        var settings = WithBenchDialog(Bench.Settings(storage, null));
        foreach (var pair in colon < 0 ? [] : text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
                ? (pair[..eq], pair[(eq + 1)..])
                : throw new ArgumentException($"--variant {text}: {pair} is not KEY=VALUE.");
            if (key is "dll" or "exe")
            {
                dll = Path.GetFullPath(value);
            }
            else
            {
                settings[key] = value;
            }
        }

        return ($"meetingbot-{name}", settings, dll);
    }

    private static Dictionary<string, string> WithBenchDialog(Dictionary<string, string> settings)
    {
        settings["Bench__Dialog"] = "true";
        return settings;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(1)) : "?";

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
