namespace MeetingBot.Bench.Turns;

/// <param name="Error">Why the turn counts as failed (status, missing or wrong reply); null when it did what it should.</param>
/// <param name="FirstReply">With --trace: from sending to the first reply reaching the fake channel.</param>
public sealed record TurnResult(TimeSpan Elapsed, string? Error, TimeSpan? FirstReply = null);
