namespace MeetingBot.Bench.Turns;

/// <param name="Error">Why the turn counts as failed (status, missing or wrong reply); null when it did what it should.</param>
/// <param name="FirstReply">From sending to the first reply reaching the fake channel: the stopwatch breakdown of a turn.</param>
public sealed record TurnResult(TimeSpan Elapsed, string? Error, TimeSpan? FirstReply = null);
