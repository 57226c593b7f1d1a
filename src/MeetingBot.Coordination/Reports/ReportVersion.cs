namespace MeetingBot.Coordination.Reports;

/// <summary>
/// A version of the report: composed from the records when handed to the supervisors, or edited by the office (an
/// uploaded Word file, a section replaced) and then handed to them as it is. Their decisions name the version, so an
/// approval is of exactly this text; a later edit is a new version that needs a new review.
/// </summary>
public sealed record ReportVersion(int Number, SpecialReport Report, DateTimeOffset SubmittedAt, string SubmittedBy)
{
    /// <summary>The office's edit that made this version; null for a version composed when it was handed in.</summary>
    public ReportEdit? Edit { get; init; }

    /// <summary>When an edited version was handed to the supervisors; null while the office is still editing it.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Handed to the supervisors (a composed version always was).</summary>
    public bool IsSent => Edit is null || SentAt is not null;
}
