namespace MeetingBot.Coordination.Templates;

/// <summary>
/// What follows the meeting (会后通报), read from <c>afterMeeting:</c>: whether the lead's briefing (通报会) must be
/// recorded before the special report goes to the supervisors, the addressees the approved report is delivered to, and
/// the deadlines of the report and rectification phases in days after the meeting was held.
/// A template without the section asks for neither.
/// </summary>
public sealed record AfterMeetingRules(bool BriefingBeforeReport, IReadOnlyList<ReportAddressee> Addressees)
{
    public static AfterMeetingRules None { get; } = new(false, []);

    /// <summary>Days after the meeting was held by which the report must have gone to every addressee (<c>reportWithinDays</c>); null: no deadline.</summary>
    public int? ReportWithinDays { get; init; }

    /// <summary>Days after the meeting was held by which every rectification task must be done (<c>rectificationWithinDays</c>); null: no deadline.</summary>
    public int? RectificationWithinDays { get; init; }

    /// <summary>The addressee a typed name stands for (its id, or its name in either language); null when none.</summary>
    public ReportAddressee? FindAddressee(string typed) => Addressees.FirstOrDefault(a => a.Matches(typed));
}
