namespace MeetingBot.Bench.Turns;

/// <param name="Arrived">Stopwatch timestamp of its arrival at the fake channel.</param>
public sealed record Received(string Text, long Arrived);
