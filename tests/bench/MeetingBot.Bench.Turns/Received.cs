namespace MeetingBot.Bench.Turns;

/// <param name="Arrived">Stopwatch timestamp of its arrival at the fake channel.</param>
/// <param name="ReplyToId">The activity it answers (a reply); null for a proactive message (a reminder, a notice).</param>
public sealed record Received(string Text, long Arrived, string? ReplyToId = null);
