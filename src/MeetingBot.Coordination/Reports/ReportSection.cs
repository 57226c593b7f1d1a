using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reports;

/// <summary>A numbered section (一、二、 in Chinese, 1. 2. in English) with its heading and blocks.</summary>
public sealed record ReportSection(int Number, ReportSectionKind Kind, BilingualText Heading, IReadOnlyList<ReportBlock> Blocks)
{
    public IReadOnlyList<ReportBlock> Blocks { get; init; } = Blocks ?? [];
}
