namespace MeetingBot.Coordination.Templates;

/// <summary>When the meeting may be confirmed ("时间服从质量,准备不充分的,不急于开会").</summary>
public sealed record ReadinessRules(
    IReadOnlyList<RequiredDeliverable> Required,
    ReportUpwardRule? ReportUpward,
    QuorumRule? Quorum);
