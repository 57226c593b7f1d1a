namespace MeetingBot.Reports.Rendering;

/// <summary>A first-level section (一、…): its own blocks, then its subsections (（一）…).</summary>
public sealed record LayoutSection(string Heading, IReadOnlyList<LayoutBlock> Blocks)
{
    public IReadOnlyList<LayoutSubsection> Subsections { get; init; } = [];
}
