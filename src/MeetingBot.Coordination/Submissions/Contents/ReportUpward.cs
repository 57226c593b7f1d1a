using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>
/// The record that the date and theme were reported to the higher organisation (报告上级): when, to whom, and
/// which date and theme were reported, so a later reschedule shows the report as out of date.
/// </summary>
public sealed record ReportUpward(DateOnly ReportedOn, string ReportedTo, string ReportedTheme, DateTime ReportedMeetingStart, string? Reference)
    : SubmissionContent
{
    public override DeliverableKind Kind => DeliverableKind.ReportUpward;
}
