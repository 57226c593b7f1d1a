namespace MeetingBot.Reports.Rendering;

/// <summary>A first-level section (一、…): its own blocks, then its subsections (（一）…).</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks)
{
    public IReadOnlyList<ReportSubsection> Subsections { get; init; } = [];
}
