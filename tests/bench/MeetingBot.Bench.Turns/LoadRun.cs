using System.Collections.Concurrent;
using System.Diagnostics;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// Runs a workload and measures it. Load: every conversation sends its next turn as soon as the last is answered
/// (closed loop), warm-up turns first, then the measured ones. Soak: each conversation sends at its share of a
/// steady rate for a duration. Either way the service's CPU time and memory are read from /proc when its pid is known.
/// </summary>
public static class LoadRun
{
    public static async Task<RunResult> LoadAsync(IWorkload workload, int conversations, int warmup, int turns, int? pid, ServiceProfile? profile = null)
    {
        var latencies = new ConcurrentBag<TimeSpan>();
        var firstReplies = new ConcurrentBag<TimeSpan>();
        var errors = new ConcurrentQueue<string>();
        var tickets = -1;
        var cpuAtStart = TimeSpan.Zero;
        var measuring = Stopwatch.StartNew();
        using var memory = MemorySampler.Start(pid);

        async Task Worker(int slot)
        {
            while (true)
            {
                var ticket = Interlocked.Increment(ref tickets);
                if (ticket >= warmup + turns)
                {
                    return;
                }

                if (ticket == warmup)
                {
                    profile?.Start();
                    cpuAtStart = pid is { } p ? ProcessStats.CpuTime(p) : TimeSpan.Zero;
                    measuring.Restart();
                }

                var result = await workload.NextTurnAsync(slot);
                if (ticket < warmup)
                {
                    continue;
                }

                Record(result, latencies, firstReplies, errors);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, conversations).Select(slot => Task.Run(() => Worker(slot))));
        var elapsed = measuring.Elapsed;
        var cpu = pid is { } id ? ProcessStats.CpuTime(id) - cpuAtStart : (TimeSpan?)null;
        if (profile is not null)
        {
            await profile.StopAsync();
        }

        return RunResult.From(latencies, firstReplies, errors, elapsed, cpu, pid is { } q ? ProcessStats.PeakResidentMegabytes(q) : null, memory.Stop());
    }

    public static async Task<RunResult> SoakAsync(IWorkload workload, int conversations, double rate, TimeSpan duration, int? pid)
    {
        var latencies = new ConcurrentBag<TimeSpan>();
        var firstReplies = new ConcurrentBag<TimeSpan>();
        var errors = new ConcurrentQueue<string>();
        var cpuAtStart = pid is { } p ? ProcessStats.CpuTime(p) : TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        using var memory = MemorySampler.Start(pid);
        // Each conversation sends every `interval`, offset so that together they make a steady stream.
        var interval = TimeSpan.FromSeconds(conversations / rate);

        async Task Worker(int slot)
        {
            for (var k = 0; ; k++)
            {
                var due = interval * k + interval * slot / conversations;
                if (due >= duration)
                {
                    return;
                }

                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                Record(await workload.NextTurnAsync(slot), latencies, firstReplies, errors);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, conversations).Select(slot => Task.Run(() => Worker(slot))));
        var cpu = pid is { } id ? ProcessStats.CpuTime(id) - cpuAtStart : (TimeSpan?)null;
        return RunResult.From(latencies, firstReplies, errors, clock.Elapsed, cpu, pid is { } q ? ProcessStats.PeakResidentMegabytes(q) : null, memory.Stop());
    }

    private static void Record(TurnResult result, ConcurrentBag<TimeSpan> latencies, ConcurrentBag<TimeSpan> firstReplies, ConcurrentQueue<string> errors)
    {
        latencies.Add(result.Elapsed);
        if (result.FirstReply is { } first)
        {
            firstReplies.Add(first);
        }

        if (result.Error is { } error)
        {
            errors.Enqueue(error);
        }
    }
}
