namespace MeetingBot.Bench.Turns;

/// <summary>One storage's figures: start-up times (process start to first answered turn), idle memory, and the run.</summary>
public sealed record StorageReport(string Storage, IReadOnlyList<double> StartupMs, IReadOnlyList<double> IdleMemoryMb, RunResult Run);
