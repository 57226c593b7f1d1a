using MeetingBot.Delivery;

namespace MeetingBot.Bench.FanOut;

/// <summary>What one sender run did: how long, in how many passes, and the outcome of every attempt.</summary>
public sealed record SendReport(TimeSpan Elapsed, int Passes, IReadOnlyDictionary<PushOutcome, int> Outcomes);
