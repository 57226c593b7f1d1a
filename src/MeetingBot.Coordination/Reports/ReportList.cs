using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reports;

/// <summary>A list of items; numbered ones are meant to be printed 1. 2. 3.</summary>
public sealed record ReportList(bool Numbered, IReadOnlyList<BilingualText> Items) : ReportBlock
{
    public IReadOnlyList<BilingualText> Items { get; init; } = Items ?? [];
}
