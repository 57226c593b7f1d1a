using MeetingBot.Demo;

namespace MeetingBot.Tests.Demo;

/// <summary>The demo's clock: faster than real time, jumps only forward, and its timers keep pace with it.</summary>
public sealed class DemoClockTests
{
    [Fact]
    public void AJump_MovesNowForward_AndAJumpBack_IsIgnored()
    {
        var clock = new DemoClock(60);
        var target = clock.GetUtcNow().AddDays(30);

        clock.JumpTo(target);
        var afterJump = clock.GetUtcNow();
        clock.JumpTo(target.AddDays(-10));

        Assert.True(afterJump >= target);
        Assert.True(clock.GetUtcNow() >= afterJump);
    }

    [Fact]
    public async Task AnHourOnTheClock_PassesInAboutOneRealSecond_At3600Times()
    {
        var clock = new DemoClock(3600);
        var fired = new TaskCompletionSource();

        // An hour-long wait on the demo clock; waited for with a generous real timeout, not timed.
        using var timer = clock.CreateTimer(_ => fired.TrySetResult(), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        await fired.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(fired.Task.IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    public void ASlowerThanRealClock_IsRefused(double speed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoClock(speed));
}
