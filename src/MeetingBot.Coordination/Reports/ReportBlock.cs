using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// A piece of a report section: a paragraph, a list or a table, each text in zh-CN and en. A plain model for the
/// renderers (Markdown, Word); the discriminator is stored with the submitted versions, so its names never change.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$block")]
[JsonDerivedType(typeof(ReportParagraph), "paragraph")]
[JsonDerivedType(typeof(ReportList), "list")]
[JsonDerivedType(typeof(ReportTable), "table")]
public abstract record ReportBlock;
