using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Reports;

/// <summary>How the office changed the drafted report for a version: a Word file it uploaded, or one section's text replaced in chat.</summary>
/// <param name="SectionNumber">The section replaced (1-based), for <see cref="ReportEditKind.Section"/>.</param>
/// <param name="FileName">The uploaded file's name, for <see cref="ReportEditKind.Document"/>.</param>
/// <param name="DocumentKey">Where the uploaded file is kept (document store key and version).</param>
public sealed record ReportEdit(string EditedBy, DateTimeOffset At, ReportEditKind Kind, int? SectionNumber, string? FileName, string? DocumentKey);

/// <summary>Stored with the version, so never rename a value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportEditKind>))]
public enum ReportEditKind
{
    /// <summary>A .docx the office uploaded; its numbered sections replace the report's.</summary>
    Document,

    /// <summary>One section's text typed in chat.</summary>
    Section,
}
