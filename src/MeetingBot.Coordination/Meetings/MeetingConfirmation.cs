namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Who confirmed the meeting and when. An override by the lead keeps its reason and how many gaps it
/// overrode, so the report can say the meeting went ahead unready and why.
/// </summary>
public sealed record MeetingConfirmation(DateTimeOffset At, string ByUserId, bool Overridden, string? OverrideReason, int GapsOverridden);
