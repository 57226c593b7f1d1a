namespace MeetingBot.Coordination.Reports;

/// <summary>The office's text for one numbered section of the report (typed, or read from an uploaded Word file).</summary>
/// <param name="Heading">The section's heading as written, or null to keep the report's.</param>
public sealed record ReportSectionText(int Number, string? Heading, string Text);
