using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MeetingBot.Bench.Turns;

/// <summary>The benchmark as a whole: for each storage, start-up measurements, then the load (or soak) run.</summary>
public static class Bench
{
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<IReadOnlyList<StorageReport>> RunAsync(BenchOptions options, TextWriter log)
    {
        await using var channel = await FakeChannel.StartAsync();
        var reports = new List<StorageReport>();
        if (options.BotUrl is { } url)
        {
            log.WriteLine($"driving {url} ({options.Script}), {options.Conversations} conversations");
            reports.Add(new StorageReport("external", [], [], await RunWorkloadAsync(options, channel, url, options.Pid)));
            return reports;
        }

        var dll = options.ServiceDll ?? DefaultServiceDll();
        foreach (var storage in options.Storages)
        {
            await using var azurite = storage == "azurite" ? await AzuriteInstance.StartAsync(RepositoryRoot()) : null;
            var settings = Settings(storage, azurite);
            var startups = new List<double>();
            var idle = new List<double>();
            for (var i = 0; i < options.StartupRuns; i++)
            {
                await using var service = ServiceUnderTest.Start(dll, settings);
                startups.Add((await service.FirstAnsweredTurnAsync(channel, StartupTimeout)).TotalMilliseconds);
                // Idle: the first turn answered, nothing else to do for a few seconds.
                await Task.Delay(TimeSpan.FromSeconds(3));
                idle.Add(ProcessStats.ResidentMegabytes(service.Pid));
                log.WriteLine($"{storage}: start-up {startups[^1]:F0} ms, idle {idle[^1]:F1} MB");
            }

            await using (var service = ServiceUnderTest.Start(dll, settings))
            {
                await service.FirstAnsweredTurnAsync(channel, StartupTimeout);
                log.WriteLine($"{storage}: {(options.Soak is { } d ? $"soak {d} at {options.Rate}/s" : $"{options.Turns} turns")}, {options.Script}, {options.Conversations} in flight");
                var run = await RunWorkloadAsync(options, channel, service.MessagesUrl, service.Pid);
                reports.Add(new StorageReport(storage, startups, idle, run));
                log.WriteLine(Describe(storage, run));
            }
        }

        if (options.JsonPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(reports, Indented));
        }

        return reports;
    }

    public static string Describe(string storage, RunResult run) =>
        FormattableString.Invariant($"{storage}: {run.Turns} turns, {run.Errors} errors, {run.TurnsPerSecond:F0} turns/s, p50 {run.P50:F1} ms, p95 {run.P95:F1} ms, p99 {run.P99:F1} ms, ")
        + FormattableString.Invariant($"max {run.Max:F1} ms, CPU {run.CpuMsPerTurn:F2} ms/turn, peak {run.PeakMemoryMb:F0} MB, first reply p50 {run.FirstReplyP50:F1} ms")
        + (run.MemoryGrowthMb is { } growth ? FormattableString.Invariant($", memory growth {growth:F1} MB") : string.Empty)
        + (run.ErrorSamples.Count > 0 ? $"; errors: {string.Join(" | ", run.ErrorSamples)}" : string.Empty);

    /// <summary>The results as Markdown table rows, for tests/bench/RESULTS.md.</summary>
    public static string Markdown(IReadOnlyList<StorageReport> reports)
    {
        var lines = new List<string>
        {
            "| storage | turns | errors | turns/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/turn | peak MB | first reply p50 ms | start-up ms | idle MB |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        };
        foreach (var (storage, startups, idle, run) in reports)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {storage} | {run.Turns} | {run.Errors} | {run.TurnsPerSecond:F0} | {run.P50:F1} | {run.P95:F1} | {run.P99:F1} | {run.Max:F1} | {run.CpuMsPerTurn:F2} | {run.PeakMemoryMb:F0} | {run.FirstReplyP50:F1} | {string.Join(" / ", startups.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))} | {string.Join(" / ", idle.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))} |"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static async Task<RunResult> RunWorkloadAsync(BenchOptions options, FakeChannel channel, Uri url, int? pid)
    {
        using var client = new BotClient(url, channel.ServiceUrl);
        var run = Guid.NewGuid().ToString("N")[..6];
        IWorkload workload = options.Script switch
        {
            "outline" => new OutlineWorkload(client, channel, options.Conversations, run),
            "waterfall" => new WaterfallWorkload(client, channel, run),
            _ => new PlainWorkload(client, channel, options.Message, run),
        };
        if (workload is OutlineWorkload outline)
        {
            await outline.RoundAsync(0);
        }

        if (options.Soak is { } duration)
        {
            return await LoadRun.SoakAsync(workload, options.Conversations, options.Rate, duration, pid);
        }

        var profile = options.ProfilePath is { } path && pid is { } id ? new ServiceProfile(id, path) : null;
        var result = await LoadRun.LoadAsync(workload, options.Conversations, options.Warmup, options.Turns, pid, profile);
        if (profile is not null)
        {
            Console.WriteLine(profile.Summarise(options.ProfileTop));
        }

        return result;
    }

    public static Dictionary<string, string> Settings(string storage, AzuriteInstance? azurite) => storage switch
    {
        "sqlite" => new() { ["Storage__Provider"] = "Sqlite" },
        "memory" => new() { ["Storage__Provider"] = "Memory" },
        "azurite" => new()
        {
            ["Storage__Provider"] = "AzureBlob",
            ["Storage__AzureBlob__ConnectionString"] = azurite!.ConnectionString,
            ["Storage__AzureBlob__ContainerName"] = "bench" + Guid.NewGuid().ToString("N")[..8],
        },
        _ => throw new ArgumentException($"Unknown storage {storage}."),
    };

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MeetingBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MeetingBot.sln not found above " + AppContext.BaseDirectory);
    }

    public static string DefaultServiceDll()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = Path.Combine(RepositoryRoot(), "src", "MeetingBot", "bin", configuration, "net10.0", "MeetingBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the service first ({configuration}), or pass --service-dll.", dll);
    }
}
