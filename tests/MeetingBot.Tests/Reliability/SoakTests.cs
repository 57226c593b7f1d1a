using MeetingBot.Bench.Turns;
using TurnBench = MeetingBot.Bench.Turns.Bench;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// The short soak of the turn benchmark (tests/bench): the built service as its own process on SQLite, the
/// criticism-outline dialog at a steady rate. Every turn must do what it should, and memory must not climb. The
/// long soak (10 minutes) is the same tool with <c>--soak 00:10:00</c>; its figures go to tests/bench/RESULTS.md.
/// </summary>
public sealed class SoakTests
{
    private const int Conversations = 10;
    private const double Rate = 20;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task ShortSoak_EveryTurnAnswered_MemoryFlat()
    {
        var options = new BenchOptions
        {
            Storages = ["sqlite"],
            Conversations = Conversations,
            Soak = Duration,
            Rate = Rate,
            StartupRuns = 0,
            ServiceDll = Path.Combine(AppContext.BaseDirectory, "MeetingBot.dll"),
        };

        var run = Assert.Single(await TurnBench.RunAsync(options, TextWriter.Null)).Run;

        Assert.Equal((int)(Rate * Duration.TotalSeconds), run.Turns);
        Assert.True(run.Errors == 0, TurnBench.Describe("sqlite", run));
        // Flat: the last third of the once-a-second samples is on average within 25 MB of the middle third.
        Assert.True(run.MemoryGrowthMb is < 25, TurnBench.Describe("sqlite", run));
    }
}
