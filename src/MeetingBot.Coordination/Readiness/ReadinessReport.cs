using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Readiness;

/// <summary>
/// Whether the meeting may be confirmed, and if not, what is missing and whose it is: per deliverable, per person,
/// and as a list of gaps. It holds names, counts and states only, so any participant may see it, in a group too.
/// </summary>
public sealed record ReadinessReport(
    bool IsReady,
    IReadOnlyList<ReadinessGap> Gaps,
    IReadOnlyList<DeliverableReadiness> Deliverables,
    IReadOnlyList<PersonReadiness> People,
    AttendanceSummary? Attendance,
    DateOnly? ReportUpwardLatestDate)
{
    /// <summary>A one-line summary for a reply.</summary>
    public BilingualText Summary => IsReady
        ? new BilingualText("会前准备已完成，可以确认召开。", "Preparation is complete; the meeting can be confirmed.")
        : new BilingualText($"会前准备尚未完成，还有{Gaps.Count}项未落实。", $"Preparation is incomplete: {Gaps.Count} item(s) outstanding.");
}
