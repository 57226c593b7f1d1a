using System.Globalization;

namespace MeetingBot.Bench.Turns;

/// <summary>What to run, from the command line (<c>--name value</c>); see <see cref="Usage"/>.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        MeetingBot.Bench.Turns — turn benchmark over HTTP with a fake channel on loopback

          --storage sqlite|azurite|memory[,…]  storage of the service started here (default sqlite,azurite)
          --conversations N      conversations in flight (default 50)
          --turns N              measured turns per storage (default 6000)
          --warmup N             turns before measuring (default 500)
          --script outline|plain the criticism-outline submission dialog (default) or plain messages
          --message TEXT         the message of the plain script (default "help")
          --bot-url URL          drive a bot already running at URL (its /api/messages) instead of starting ours;
                                 implies --script plain unless given; --pid P reads that process's CPU and memory
          --service-dll PATH     the MeetingBot.dll to start (default src/MeetingBot/bin/<config>/net10.0/MeetingBot.dll)
          --soak DURATION        steady-rate soak (e.g. 00:10:00) instead of the load run
          --rate R               soak turns per second (default 40)
          --startup-runs N       start-up measurements per storage (default 3)
          --json PATH            also write the results as JSON
          --profile PATH         EventPipe trace of the service over the measured load window, written to PATH
                                 (.nettrace), then summarised: top methods, allocated types, GC (slows the service)
          --profile-top N        rows per profile table (default 25)
          --profile-read PATH [--profile-top N]   only summarise a trace written by --profile
        """;

    public IReadOnlyList<string> Storages { get; init; } = ["sqlite", "azurite"];
    public int Conversations { get; init; } = 50;
    public int Turns { get; init; } = 6000;
    public int Warmup { get; init; } = 500;
    public string Script { get; init; } = "outline";
    public string Message { get; init; } = "help";
    public Uri? BotUrl { get; init; }
    public int? Pid { get; init; }
    public string? ServiceDll { get; init; }
    public TimeSpan? Soak { get; init; }
    public double Rate { get; init; } = 40;
    public int StartupRuns { get; init; } = 3;
    public string? JsonPath { get; init; }
    public string? ProfilePath { get; init; }
    public int ProfileTop { get; init; } = 25;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var scriptGiven = args.Contains("--script");
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--storage" => options with { Storages = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--conversations" => options with { Conversations = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--turns" => options with { Turns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--script" => options with { Script = Next() },
                "--message" => options with { Message = Next() },
                "--bot-url" => options with { BotUrl = new Uri(Next()) },
                "--pid" => options with { Pid = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--service-dll" => options with { ServiceDll = Next() },
                "--soak" => options with { Soak = TimeSpan.Parse(Next(), CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--startup-runs" => options with { StartupRuns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--json" => options with { JsonPath = Next() },
                "--profile" => options with { ProfilePath = Path.GetFullPath(Next()) },
                "--profile-top" => options with { ProfileTop = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.BotUrl is not null && !scriptGiven)
        {
            options = options with { Script = "plain" };
        }

        if (options.Script is not ("outline" or "plain"))
        {
            throw new ArgumentException($"Unknown script {options.Script}.");
        }

        return options;
    }
}
