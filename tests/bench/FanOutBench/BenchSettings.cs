using System.Globalization;

namespace MeetingBot.Bench.FanOut;

/// <summary>The benchmark's knobs, from <c>--name value</c> arguments; defaults are the full run.</summary>
public sealed record BenchSettings(
    int Reminders,
    int Conversations,
    int SenderPerSecond,
    int ChannelPerSecond,
    int Workers,
    TimeSpan Lease,
    string Database,
    string? ChannelUrl,
    bool Log = false)
{
    public static BenchSettings Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchSettings(
            Int("reminders", 10_000),
            Int("conversations", 1_000),
            Int("sender-rate", 25),
            Int("channel-rate", 30),
            Int("workers", 64),
            TimeSpan.FromSeconds(Int("lease-seconds", 10)),
            values.GetValueOrDefault("db") ?? Path.Combine(Path.GetTempPath(), $"fanout-bench-{Guid.NewGuid():N}.db"),
            values.GetValueOrDefault("channel"),
            values.GetValueOrDefault("log") == "1");
    }

    public IEnumerable<string> ToArgs() =>
    [
        "--reminders", Inv(Reminders), "--conversations", Inv(Conversations), "--sender-rate", Inv(SenderPerSecond),
        "--channel-rate", Inv(ChannelPerSecond), "--workers", Inv(Workers), "--lease-seconds", Inv((int)Lease.TotalSeconds),
        "--db", Database, "--log", Log ? "1" : "0", .. ChannelUrl is null ? Array.Empty<string>() : ["--channel", ChannelUrl],
    ];

    /// <summary>
    /// The least time the limits allow: every push through the slower of our own bucket and the channel's, and the
    /// busiest conversation's pushes packed as tightly as its windows let them go.
    /// </summary>
    public TimeSpan LowerBound
    {
        get
        {
            var global = TimeSpan.FromSeconds((double)Reminders / Math.Min(SenderPerSecond, ChannelPerSecond));
            return global > BusiestConversation ? global : BusiestConversation;
        }
    }

    private TimeSpan BusiestConversation
    {
        get
        {
            (int Limit, TimeSpan Window)[] windows = [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];
            var sends = new List<TimeSpan>();
            for (var i = 0; i < (Reminders + Conversations - 1) / Conversations; i++)
            {
                var at = sends.Count == 0 ? TimeSpan.Zero : sends[^1];
                foreach (var (limit, window) in windows.Where(w => sends.Count >= w.Limit))
                {
                    at = at > sends[^limit] + window ? at : sends[^limit] + window;
                }

                sends.Add(at);
            }

            return sends.Count == 0 ? TimeSpan.Zero : sends[^1];
        }
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);
}
