namespace MeetingBot.Reports.Rendering;

/// <summary>
/// A report as the renderers see it: a title block, the addressee (主送机关, "县委："), optional opening blocks,
/// numbered sections, and the issuer and date that sign it. It carries no domain types; the report composition maps its records onto this shape.
/// Headings are given without numbers: each renderer numbers them in the locale's style (一、 / （一）).
/// </summary>
public sealed record ReportDocument(
    string Title,
    IReadOnlyList<LayoutSection> Sections,
    string? Subtitle = null,
    string? Issuer = null,
    string? DateLine = null)
{
    /// <summary>Whom the report is addressed to, printed flush left under the title (主送机关), without the colon.</summary>
    public string? Addressee { get; init; }

    /// <summary>Blocks before the first section (the opening paragraph of a 专题报告).</summary>
    public IReadOnlyList<LayoutBlock> Preamble { get; init; } = [];
}
