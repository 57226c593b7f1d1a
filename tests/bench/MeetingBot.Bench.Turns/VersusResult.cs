namespace MeetingBot.Bench.Turns;

/// <summary>
/// One bot's figures in one round of <c>--versus</c>: start-up (process start to the first answered turn), idle
/// resident memory 3 s later, the fresh window (the first turns after that, code still cold) and the warm load run
/// (its peak is the process's VmHWM, so over its whole life). Load: /proc/loadavg before and after.
/// </summary>
public sealed record VersusResult(string Bot, bool IsSdk, int Round, double StartupMs, double IdleMb, RunResult Fresh, RunResult Warm, string LoadBefore, string LoadAfter);
