using MeetingBot.Delivery;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Delivery.Tests.FanOut;

/// <summary>How a fan-out run counts its recipients, finishes, and when it counts as stalled.</summary>
public sealed class FanOutRunTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);

    private static FanOutRun Run() => FanOutRun.Start("r1", "m1", "meetings/m1/reminders/overdue/study-check-in/1", ["a", "b", "c", "d", "e", "f"], Start);

    [Fact]
    public void EachOutcome_CountsOnce_AndARecipientHandledTwiceCountsOnce()
    {
        var run = Run()
            .Record("a", PushOutcome.Delivered, Start)
            .Record("b", PushOutcome.AlreadyDone, Start)
            .Record("c", PushOutcome.Unreachable, Start)
            .Record("d", PushOutcome.Failed, Start)
            .Record("e", null, Start)
            .Record("a", PushOutcome.Failed, Start.AddSeconds(1));

        Assert.Equal((2, 1, 1, 1, 5, 6), (run.Sent, run.Failed, run.Unreachable, run.NoChat, run.Done, run.Total));
        Assert.Equal(["f"], run.Unhandled);
        Assert.Equal(Start.AddSeconds(1), run.LastProgressAt);
    }

    [Fact]
    public void CancelledRun_CountsEveryoneNotHandledAsCancelled_ACompletedOneDoesNot()
    {
        var half = Run().Record("a", PushOutcome.Delivered, Start);

        Assert.Equal((FanOutRunStatus.Cancelled, 5), (half.Finish(cancelled: true, Start).Status, half.Finish(cancelled: true, Start).Cancelled));
        Assert.Equal((FanOutRunStatus.Completed, 0), (half.Finish(cancelled: false, Start).Status, half.Finish(cancelled: false, Start).Cancelled));
    }

    [Fact]
    public void OnlyARunningRun_WithNoProgressForTheStallTime_IsStalled()
    {
        var run = Run().Record("a", PushOutcome.Delivered, Start.AddMinutes(1));
        var after = TimeSpan.FromMinutes(2);

        Assert.False(run.IsStalled(Start.AddMinutes(2), after));
        Assert.True(run.IsStalled(Start.AddMinutes(3), after));
        Assert.False(run.Finish(cancelled: false, Start.AddMinutes(1)).IsStalled(Start.AddHours(1), after));
    }
}
