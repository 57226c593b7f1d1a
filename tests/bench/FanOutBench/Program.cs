using MeetingBot.Bench.FanOut;

// dotnet run -c Release --project tests/bench/FanOutBench -- <run|crash|smoke|child> [--name value …]; see RESULTS.md.
var mode = args.Length > 0 ? args[0] : "run";
var settings = BenchSettings.Parse(args.Skip(1).ToList());
return mode switch
{
    "run" => await FanOutRun.InProcessAsync(settings),
    "smoke" => await FanOutRun.InProcessAsync(settings with { Reminders = 300, Conversations = 30, SenderPerSecond = 200, ChannelPerSecond = 240 }),
    "crash" => await CrashRun.RunAsync(settings),
    "child" => await CrashRun.ChildAsync(settings),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FanOutBench run|crash|smoke [--reminders N] [--conversations N] [--sender-rate N] [--channel-rate N] [--workers N] [--lease-seconds N] [--db path]");
    return 2;
}
