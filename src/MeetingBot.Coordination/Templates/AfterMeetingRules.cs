namespace MeetingBot.Coordination.Templates;

/// <summary>
/// What follows the meeting (会后通报), read from <c>afterMeeting:</c>: whether the lead's briefing (通报会) must be
/// recorded before the special report goes to the supervisors, and the addressees the approved report is delivered to.
/// A template without the section asks for neither.
/// </summary>
public sealed record AfterMeetingRules(bool BriefingBeforeReport, IReadOnlyList<ReportAddressee> Addressees)
{
    public static AfterMeetingRules None { get; } = new(false, []);

    /// <summary>The addressee a typed name stands for (its id, or its name in either language); null when none.</summary>
    public ReportAddressee? FindAddressee(string typed) => Addressees.FirstOrDefault(a => a.Matches(typed));
}
