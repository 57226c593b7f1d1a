namespace MeetingBot.Documents;

/// <summary>
/// A kind of file the bot accepts: Word documents (.docx) and PDF as material; Excel (.xlsx) and CSV as a roster.
/// <see cref="OtherContentTypes"/> are what browsers also declare for it (Windows calls a .csv <c>application/vnd.ms-excel</c>).
/// </summary>
public sealed record UploadedFileType(string Extension, string ContentType)
{
    public static readonly UploadedFileType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly UploadedFileType Pdf = new(".pdf", "application/pdf");
    public static readonly UploadedFileType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly UploadedFileType Csv = new(".csv", "text/csv") { OtherContentTypes = ["application/vnd.ms-excel", "text/plain", "application/csv"] };

    /// <summary>Material: what submissions take.</summary>
    public static IReadOnlyList<UploadedFileType> All { get; } = [Docx, Pdf];

    /// <summary>A roster (花名册).</summary>
    public static IReadOnlyList<UploadedFileType> Rosters { get; } = [Xlsx, Csv];

    public IReadOnlyList<string> OtherContentTypes { get; init; } = [];

    /// <returns>The type the file's name claims, or null for any other extension (or none).</returns>
    public static UploadedFileType? FromFileName(string? fileName) => FromFileName(fileName, All);

    public static UploadedFileType? FromFileName(string? fileName, IReadOnlyList<UploadedFileType> accepted) =>
        string.IsNullOrWhiteSpace(fileName)
            ? null
            : accepted.FirstOrDefault(t => fileName.Trim().EndsWith(t.Extension, StringComparison.OrdinalIgnoreCase));
}
