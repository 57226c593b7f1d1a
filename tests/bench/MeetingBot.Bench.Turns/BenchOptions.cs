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
          --script outline|plain|waterfall
                                 the criticism-outline submission dialog (default), plain messages, or the 3-step
                                 reference waterfall (bench, name, unit, 是) that MeetingBot (Bench:Dialog) and the
                                 botbuilder-js peer both implement
          --message TEXT         the message of the plain script (default "help")
          --bot-url URL          drive a bot already running at URL (its /api/messages) instead of starting ours;
                                 implies --script plain unless given; --pid P reads that process's CPU and memory
          --service-dll PATH     the MeetingBot.dll to start (default src/MeetingBot/bin/<config>/net10.0/MeetingBot.dll)
          --soak DURATION        steady-rate soak (e.g. 00:10:00) instead of the load run
          --rate R               soak turns per second (default 40)
          --startup-runs N       start-up measurements per storage (default 3)
          --versus sdk           MeetingBot (each --storage, default sqlite) against the botbuilder-js peer
                                 (tests/bench/SdkPeer, MemoryStorage), interleaved round by round on the waterfall
                                 script: start-up, idle memory, a fresh-process window, then the warm load; figures
                                 and MeetingBot ÷ SDK ratios
          --startups N           start-up only: each MeetingBot contestant (the storage's build and every --variant;
                                 the SDK peer too with --versus sdk) started N times, interleaved; wall and process
                                 CPU time to the first answered turn. The shipped form is the ReadyToRun publish
                                 (Dockerfile): `dotnet publish src/MeetingBot -c Release -r linux-x64 --self-contained
                                 false -p:PublishReadyToRun=true -o DIR`, then --variant "r2r:dll=DIR/MeetingBot.dll"
          --rounds N             versus rounds (default 3); the order of the bots alternates round by round
          --fresh-turns N        versus: turns measured right after the first answered turn (default 400)
          --variant NAME:K=V[,K=V…]  versus: one more MeetingBot contestant (first storage) with these environment
                                 variables (e.g. gc:DOTNET_GCConserveMemory=5); K "dll" names another MeetingBot.dll,
                                 or an executable (a path not ending in .dll: a self-contained publish's apphost,
                                 started without the dotnet muxer, as its container starts it);
                                 K "exe" says the same explicitly (the NativeAOT publish: aot:exe=DIR/MeetingBot)
          --stored-meetings N    start-up on SQLite with N stored meetings (one set up, cloned in the database),
                                 with the index of active meetings and without it (as before); --active-meetings A
                                 of them active (default 100), the rest cancelled
          --county UNITSxPEOPLE  a county on one deployment: two instances behind nginx (Debian's package) on one
                                 PostgreSQL ($MEETINGBOT_TEST_POSTGRES, or a cluster of its own); every unit's meeting
                                 set up, members' turns at --rate, one 立即提醒 fan-out per unit, instance 2 killed
                                 (SIGKILL) halfway and restarted; exit 1 on any loss (e.g. 300x12; the test command
                                 runs 4x6)
          --county-load DURATION the county's load window (default 00:01:00)
          --county-kill true|false  kill instance 2 halfway (default true)
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
    public string? Versus { get; init; }
    public int Rounds { get; init; } = 3;
    public int Startups { get; init; }
    public int FreshTurns { get; init; } = 400;
    public IReadOnlyList<string> Variants { get; init; } = [];
    public int StoredMeetings { get; init; }
    public int ActiveMeetings { get; init; } = 100;
    public string? ProfilePath { get; init; }
    public int ProfileTop { get; init; } = 25;
    public (int Units, int People)? CountySize { get; init; }
    public TimeSpan CountyLoad { get; init; } = TimeSpan.FromMinutes(1);
    public bool CountyKill { get; init; } = true;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var scriptGiven = args.Contains("--script");
        var storageGiven = args.Contains("--storage");
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
                "--versus" => options with { Versus = Next() },
                "--startups" => options with { Startups = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--fresh-turns" => options with { FreshTurns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--variant" => options with { Variants = [.. options.Variants, Next()] },
                "--stored-meetings" => options with { StoredMeetings = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--active-meetings" => options with { ActiveMeetings = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--profile" => options with { ProfilePath = Path.GetFullPath(Next()) },
                "--profile-top" => options with { ProfileTop = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--county" => options with { CountySize = CountySizeOf(Next()) },
                "--county-load" => options with { CountyLoad = TimeSpan.Parse(Next(), CultureInfo.InvariantCulture) },
                "--county-kill" => options with { CountyKill = bool.Parse(Next()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.CountySize is not null && !args.Contains("--rate"))
        {
            options = options with { Rate = 10 };
        }

        if (options.BotUrl is not null && !scriptGiven)
        {
            options = options with { Script = "plain" };
        }

        if (options.Startups > 0 && options.Versus is null)
        {
            options = options with { Script = "waterfall", Storages = storageGiven ? options.Storages : ["sqlite"] };
        }

        if (options.Versus is not null)
        {
            if (options.Versus != "sdk")
            {
                throw new ArgumentException($"Unknown peer {options.Versus}: only sdk.");
            }

            options = options with { Script = "waterfall", Storages = storageGiven ? options.Storages : ["sqlite"] };
        }

        if (options.Script is not ("outline" or "plain" or "waterfall"))
        {
            throw new ArgumentException($"Unknown script {options.Script}.");
        }

        return options;
    }

    private static (int Units, int People) CountySizeOf(string value) =>
        value.Split('x', 'X', '×') is [var units, var people]
            ? (int.Parse(units, CultureInfo.InvariantCulture), int.Parse(people, CultureInfo.InvariantCulture))
            : throw new ArgumentException($"--county takes UNITSxPEOPLE (e.g. 300x12), not {value}.");
}
