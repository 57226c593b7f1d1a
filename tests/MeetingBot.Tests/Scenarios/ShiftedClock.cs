namespace MeetingBot.Tests.Scenarios;

/// <summary>
/// The real clock moved by an offset the scenario sets: "now" can jump weeks ahead to the meeting's day while
/// timers, timeouts and elapsed time stay real (a fake clock would fire the connector's timeouts on every jump).
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    /// <summary>Moves "now" so that it reads <paramref name="instant"/>; only ever forwards.</summary>
    public void JumpTo(DateTimeOffset instant)
    {
        var offset = instant - System.GetUtcNow();
        if (offset > _offset)
        {
            _offset = offset;
        }
    }
}
