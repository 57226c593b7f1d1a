using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Scenarios;

/// <summary>
/// The bot with a clock the scenario moves: the real clock until the scenario jumps it to the meeting's day.
/// </summary>
public sealed class ClosingScenarioHost : IAsyncDisposable
{
    public ClosingScenarioHost()
    {
        Clock = new ShiftedClock();
        Factory = MeetingBotFactory.WithClock(Clock);
    }

    public ShiftedClock Clock { get; }

    public MeetingBotFactory Factory { get; }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
