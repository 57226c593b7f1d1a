namespace MeetingBot.Bench.Turns;

/// <summary>Entry point: <c>dotnet MeetingBot.Bench.Turns.dll [options]</c>; exits 1 when any turn failed.</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        if (args is ["--profile-read", var trace, ..])
        {
            // Summarise a trace written by an earlier --profile run again.
            Console.WriteLine(new ServiceProfile(0, trace).Summarise(args is [_, _, "--profile-top", var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 25));
            return 0;
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.CountySize is not null)
        {
            return await County.CountyRun.RunAsync(options, Console.Out);
        }

        if (options.StoredMeetings > 0)
        {
            Console.WriteLine();
            Console.WriteLine(await StoredMeetingsStartup.RunAsync(options, Console.Out));
            return 0;
        }

        if (options.Startups > 0)
        {
            var starts = await StartupPairs.RunAsync(options, Console.Out);
            Console.WriteLine();
            Console.WriteLine(StartupPairs.Markdown(starts));
            return 0;
        }

        if (options.Versus is not null)
        {
            var results = await Versus.RunAsync(options, Console.Out);
            Console.WriteLine();
            Console.WriteLine(Versus.Markdown(results));
            return results.Any(r => r.Fresh.Errors + r.Warm.Errors > 0) ? 1 : 0;
        }

        var reports = await Bench.RunAsync(options, Console.Out);
        Console.WriteLine();
        Console.WriteLine(Bench.Markdown(reports));
        return reports.Any(r => r.Run.Errors > 0) ? 1 : 0;
    }
}
