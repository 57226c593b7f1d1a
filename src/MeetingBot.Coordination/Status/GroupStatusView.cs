using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Readiness;

namespace MeetingBot.Coordination.Status;

/// <summary>
/// The status safe to post in the team channel: when and where, whether ready, and per deliverable how many are
/// done and who is behind. Built only from names, counts and states; it has no field that could carry content.
/// </summary>
public sealed record GroupStatusView(
    string MeetingId,
    string Theme,
    DateTime LocalStart,
    string TimeZoneId,
    string Place,
    MeetingStatus Status,
    bool Ready,
    int GapCount,
    IReadOnlyList<DeliverableReadiness> Deliverables,
    AttendanceSummary? Attendance,
    int TalksPlanned,
    int TalksConfirmed);
