using System.Globalization;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// CPU time and memory of a process from Linux's <c>/proc</c>: utime + stime of <c>/proc/pid/stat</c> (clock ticks,
/// 100 a second), VmRSS, RssFile (its file-backed part) and VmHWM (peak resident set) of <c>/proc/pid/status</c>.
/// </summary>
public static class ProcessStats
{
    private const double TicksPerSecond = 100;

    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    public static double ResidentMegabytes(int pid) => StatusKilobytes(pid, "VmRSS:") / 1024.0;

    public static double PeakResidentMegabytes(int pid) => StatusKilobytes(pid, "VmHWM:") / 1024.0;

    /// <summary>The resident pages backed by files (mapped code images, native libraries), of VmRSS.</summary>
    public static double FileResidentMegabytes(int pid) => StatusKilobytes(pid, "RssFile:") / 1024.0;

    private static long StatusKilobytes(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/{pid}/status has no {field}");
    }
}
