namespace MeetingBot.Bench.Turns;

/// <param name="AadObjectId">Sent as <c>from.aadObjectId</c>, as Teams does; the directory of people knows the office by it.</param>
public sealed record Person(string Id, string Name, string? AadObjectId = null);
