using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reports;

/// <summary>A paragraph of running text.</summary>
public sealed record ReportParagraph(BilingualText Text) : ReportBlock;
