using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// An EventPipe session on the service for the measured window (<c>--profile</c>): the runtime's sample profiler
/// (every managed thread's stack once a millisecond) and the GC events (collections, suspensions, an allocation tick
/// about every 100 KB with the type allocated). The trace is written to a file, then resolved (method names from the
/// JIT and rundown events in the trace) and summarised: the methods on the most running samples, inclusive and
/// exclusive, the allocated types, the collections per generation and the time the runtime was suspended for them.
/// </summary>
public sealed class ServiceProfile(int pid, string traceFile)
{
    private const string SampleProfiler = "Microsoft-DotNETCore-SampleProfiler";
    private const string Runtime = "Microsoft-Windows-DotNETRuntime";
    // GC (0x1), Loader (0x8) and JIT (0x10) so that managed frames resolve to method names.
    private const long RuntimeKeywords = 0x1 | 0x8 | 0x10;
    // The sample payload says what the thread was doing: 2 = running managed code; 1 = outside it (native code or a wait).
    private const int ManagedSample = 2;

    private EventPipeSession? session;
    private Task? copying;

    public string TraceFile => traceFile;

    public void Start()
    {
        var providers = new[]
        {
            new EventPipeProvider(SampleProfiler, EventLevel.Informational),
            new EventPipeProvider(Runtime, EventLevel.Verbose, RuntimeKeywords),
        };
        session = new DiagnosticsClient(pid).StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 512);
        var events = session.EventStream;
        copying = Task.Run(async () =>
        {
            await using var file = File.Create(traceFile);
            await events.CopyToAsync(file);
        });
    }

    public async Task StopAsync()
    {
        if (session is null || copying is null)
        {
            return;
        }

        await session.StopAsync(CancellationToken.None);
        await copying;
        session.Dispose();
    }

    /// <summary>Reads the trace back and writes the summary.</summary>
    public string Summarise(int top)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(traceFile);
        using var log = new TraceLog(etlx);
        var inclusive = new Dictionary<string, int>();
        var waiting = new Dictionary<string, int>();
        var exclusive = new Dictionary<string, int>();
        var allocated = new Dictionary<string, long>();
        var ownRunning = new Dictionary<string, int>();
        var ownAllocated = new Dictionary<string, long>();
        var collections = new int[3];
        // Methods the JIT compiled (not ReadyToRun code), by the assembly-ish first part of their namespace: at
        // start-up, what ReadyToRun left to the JIT; a count the machine's load does not change.
        var jitted = new Dictionary<string, int>();
        var running = 0;
        var outside = 0;
        var suspended = 0.0;
        double? suspendStart = null;
        foreach (var data in log.Events)
        {
            if (data.ProviderName == SampleProfiler)
            {
                var payload = data.EventData();
                if (payload.Length < 4 || BitConverter.ToInt32(payload, 0) != ManagedSample)
                {
                    outside++;
                    CountWaiting(data.CallStack(), waiting);
                    continue;
                }

                running++;
                Count(data.CallStack(), inclusive, exclusive);
                var own = OwnFrame(data.CallStack());
                ownRunning[own] = ownRunning.GetValueOrDefault(own) + 1;
                continue;
            }

            switch (data)
            {
                case MethodJittingStartedTraceData jitting:
                    // Dynamic methods have no namespace to speak of: their name says who made them (lambda_method: an
                    // expression compiled; ResolveService: DI's emitted resolver; Regex…: a compiled regex).
                    var space = jitting.MethodNamespace == "dynamicClass" ? "dynamicClass." + jitting.MethodName.TrimEnd("0123456789".ToCharArray())
                        : jitting.MethodNamespace.Split('.', 3) is [var first, var second, ..] ? first + "." + second : jitting.MethodNamespace;
                    jitted[space] = jitted.GetValueOrDefault(space) + 1;
                    break;
                case GCStartTraceData start:
                    collections[Math.Clamp(start.Depth, 0, 2)]++;
                    break;
                case GCAllocationTickTraceData tick:
                    var type = string.IsNullOrEmpty(tick.TypeName) ? "?" : tick.TypeName;
                    allocated[type] = allocated.GetValueOrDefault(type) + tick.AllocationAmount64;
                    var allocator = OwnFrame(data.CallStack()) + " → " + type;
                    ownAllocated[allocator] = ownAllocated.GetValueOrDefault(allocator) + tick.AllocationAmount64;
                    break;
                case GCSuspendEETraceData:
                    suspendStart = data.TimeStampRelativeMSec;
                    break;
                default:
                    if (data.ProviderName == Runtime && data.EventName == "GC/RestartEEStop" && suspendStart is { } since)
                    {
                        suspended += data.TimeStampRelativeMSec - since;
                        suspendStart = null;
                    }

                    break;
            }
        }

        var text = new StringBuilder();
        var seconds = log.SessionDuration.TotalSeconds;
        text.AppendLine(CultureInfo.InvariantCulture, $"profile: {seconds:F1} s traced, {running} samples in managed code, {outside} outside it (native code or waiting); trace {traceFile}");
        text.AppendLine(CultureInfo.InvariantCulture, $"GC: gen0 {collections[0]}, gen1 {collections[1]}, gen2 {collections[2]}; runtime suspended {suspended:F0} ms in total ({100 * suspended / (seconds * 1000):F1}% of the window)");
        var compilations = jitted.Values.Sum();
        Table(text, string.Create(CultureInfo.InvariantCulture, $"JIT compilations (tier-up recompilations included): {compilations}, by namespace (first two parts)"), jitted, compilations, top);
        Table(text, "inclusive (managed running samples)", inclusive, running, top);
        Table(text, "exclusive (managed running samples)", exclusive, running, top);
        Table(text, "outside managed code, by the innermost frame outside the runtime and framework (waits, native calls)", waiting, outside, top);
        var allocatedTotal = allocated.Values.Sum();
        text.AppendLine(CultureInfo.InvariantCulture, $"allocated (sampled every ~100 KB): {allocatedTotal / 1048576.0:F0} MB");
        foreach (var (type, bytes) in allocated.OrderByDescending(a => a.Value).Take(top))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {100.0 * bytes / Math.Max(1, allocatedTotal),5:F1}%  {bytes / 1048576.0,8:F1} MB  {type}");
        }

        // Where our own code is when the time goes or the bytes are allocated: the innermost MeetingBot frame.
        Table(text, "running samples by the innermost MeetingBot frame", ownRunning, running, top);
        text.AppendLine("allocated by the innermost MeetingBot frame → type:");
        foreach (var (site, bytes) in ownAllocated.OrderByDescending(a => a.Value).Take(top))
        {
            var shown = site.Length > 200 ? site[..200] + "…" : site;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {100.0 * bytes / Math.Max(1, allocatedTotal),5:F1}%  {bytes / 1048576.0,8:F1} MB  {shown}");
        }

        return text.ToString();
    }

    private static string OwnFrame(TraceCallStack? stack)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            if ((frame.CodeAddress.ModuleName ?? string.Empty).StartsWith("MeetingBot", StringComparison.Ordinal))
            {
                return Name(frame.CodeAddress);
            }
        }

        return "(no MeetingBot frame)";
    }

    private static void Count(TraceCallStack? stack, Dictionary<string, int> inclusive, Dictionary<string, int> exclusive)
    {
        if (stack is null)
        {
            return;
        }

        var leaf = Name(stack.CodeAddress);
        exclusive[leaf] = exclusive.GetValueOrDefault(leaf) + 1;
        var seen = new HashSet<string>();
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            var name = Name(frame.CodeAddress);
            if (seen.Add(name))
            {
                inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
            }
        }
    }

    private static void CountWaiting(TraceCallStack? stack, Dictionary<string, int> waiting)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            var module = frame.CodeAddress.ModuleName ?? string.Empty;
            if (!module.StartsWith("System", StringComparison.Ordinal) && !module.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                && !module.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) && module.Length > 0)
            {
                var name = Name(frame.CodeAddress);
                waiting[name] = waiting.GetValueOrDefault(name) + 1;
                return;
            }
        }

        waiting["(runtime or framework only)"] = waiting.GetValueOrDefault("(runtime or framework only)") + 1;
    }

    private static string Name(TraceCodeAddress address) =>
        string.IsNullOrEmpty(address.FullMethodName) ? $"{address.ModuleName}!?" : $"{address.ModuleName}!{address.FullMethodName}";

    private static void Table(StringBuilder text, string title, Dictionary<string, int> counts, int total, int top)
    {
        text.AppendLine(title + ":");
        foreach (var (name, count) in counts.OrderByDescending(c => c.Value).Take(top))
        {
            var shown = name.Length > 160 ? name[..160] + "…" : name;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {100.0 * count / Math.Max(1, total),5:F1}%  {count,7}  {shown}");
        }
    }
}
