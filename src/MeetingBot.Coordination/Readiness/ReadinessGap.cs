using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Readiness;

/// <summary>
/// One thing that keeps the meeting from being ready: what, whose, about whom, and a text in both languages.
/// Names and states only, never content, so a gap list may be shown in the team channel.
/// </summary>
public sealed record ReadinessGap(
    GapCode Code,
    string? DeliverableId,
    IReadOnlyList<string> OwedBy,
    string? TargetId,
    Progress? Progress,
    BilingualText Text);
