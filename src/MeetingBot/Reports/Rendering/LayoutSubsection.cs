namespace MeetingBot.Reports.Rendering;

/// <summary>A second-level section (（一）…); reports go no deeper, as official documents rarely do.</summary>
public sealed record LayoutSubsection(string Heading, IReadOnlyList<LayoutBlock> Blocks);
