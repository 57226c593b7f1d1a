using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The special report (专题报告) as plain records: title, the meeting it reports on and numbered sections. Composed
/// by <see cref="SpecialReportComposition.Compose"/> from the records; renderers turn it into Markdown and Word.
/// </summary>
/// <param name="ComposedAt">When it was composed (the records as they stood then).</param>
public sealed record SpecialReport(string MeetingId, BilingualText Title, BilingualText Subtitle, DateTimeOffset ComposedAt, IReadOnlyList<ReportSection> Sections)
{
    public IReadOnlyList<ReportSection> Sections { get; init; } = Sections ?? [];

    public ReportSection? Section(ReportSectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
