using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reports;

/// <summary>A table: a caption, column headings and rows of cells (each row as long as the headings).</summary>
public sealed record ReportTable(BilingualText Caption, IReadOnlyList<BilingualText> Columns, IReadOnlyList<IReadOnlyList<BilingualText>> Rows) : ReportBlock
{
    public IReadOnlyList<BilingualText> Columns { get; init; } = Columns ?? [];

    public IReadOnlyList<IReadOnlyList<BilingualText>> Rows { get; init; } = Rows ?? [];
}
