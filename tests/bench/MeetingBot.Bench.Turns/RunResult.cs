namespace MeetingBot.Bench.Turns;

/// <summary>The figures of one run. Latencies in milliseconds; memory in MB; CPU per turn in ms of the service's process time.</summary>
public sealed record RunResult(
    int Turns,
    int Errors,
    IReadOnlyList<string> ErrorSamples,
    double Seconds,
    double TurnsPerSecond,
    double P50,
    double P95,
    double P99,
    double Max,
    double? FirstReplyP50,
    double? FirstReplyP99,
    double? CpuMsPerTurn,
    double? PeakMemoryMb,
    IReadOnlyList<double> MemorySamplesMb)
{
    /// <summary>Resident memory growth over the run: mean of the last third of the samples minus the mean of the middle third.</summary>
    public double? MemoryGrowthMb => MemorySamplesMb.Count < 6 ? null
        : MemorySamplesMb.Skip(MemorySamplesMb.Count * 2 / 3).Average() - MemorySamplesMb.Skip(MemorySamplesMb.Count / 3).Take(MemorySamplesMb.Count / 3).Average();

    public static RunResult From(IEnumerable<TimeSpan> latencies, IEnumerable<TimeSpan> firstReplies, IEnumerable<string> errors,
        TimeSpan elapsed, TimeSpan? cpu, double? peakMb, IReadOnlyList<double> memory)
    {
        var sorted = latencies.Select(l => l.TotalMilliseconds).Order().ToArray();
        var first = firstReplies.Select(l => l.TotalMilliseconds).Order().ToArray();
        var errorList = errors.ToList();
        return new RunResult(
            sorted.Length,
            errorList.Count,
            [.. errorList.Distinct().Take(5)],
            elapsed.TotalSeconds,
            sorted.Length / elapsed.TotalSeconds,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? 0 : sorted[^1],
            first.Length == 0 ? null : Percentile(first, 0.50),
            first.Length == 0 ? null : Percentile(first, 0.99),
            cpu is { } c && sorted.Length > 0 ? c.TotalMilliseconds / sorted.Length : null,
            peakMb,
            memory);
    }

    // Nearest rank.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
