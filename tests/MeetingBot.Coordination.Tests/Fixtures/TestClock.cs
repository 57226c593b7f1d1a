using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>A fixed clock: 10 June 2014, 09:00 in Shanghai, five weeks before the seed's meeting.</summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2014, 6, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public static FakeTimeProvider Create() => new(Start);
}
