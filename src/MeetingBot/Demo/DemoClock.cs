namespace MeetingBot.Demo;

/// <summary>
/// The demo's time: it starts at the real "now", runs <see cref="Speed"/> times faster and jumps forward when the
/// script skips days. Timers shrink by the same factor, so the scheduler's waits and the channel pacing keep up with
/// the clock (a reminder due in two clock minutes fires two real seconds later at 60×).
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private readonly DateTimeOffset _origin = System.GetUtcNow();
    private readonly long _started = System.GetTimestamp();
    private readonly Lock _gate = new();
    private TimeSpan _jumped;

    public DemoClock(double speed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1);
        Speed = speed;
    }

    public double Speed { get; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _origin + _jumped + (System.GetElapsedTime(_started) * Speed);
        }
    }

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    /// <summary>Moves "now" to <paramref name="instant"/>; time never runs backwards, so an earlier instant is ignored.</summary>
    public void JumpTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            var now = _origin + _jumped + (System.GetElapsedTime(_started) * Speed);
            if (instant > now)
            {
                _jumped += instant - now;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / Speed)));

    /// <summary>A real timer whose every (re)arming is scaled to the demo's speed.</summary>
    private sealed class ScaledTimer(ITimer inner, DemoClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
