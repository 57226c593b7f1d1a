namespace MeetingBot.Bench.Turns;

public sealed record Person(string Id, string Name);
