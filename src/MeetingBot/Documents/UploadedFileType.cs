namespace MeetingBot.Documents;

/// <summary>A kind of file the bot accepts: Word documents (.docx) and PDF.</summary>
public sealed record UploadedFileType(string Extension, string ContentType)
{
    public static readonly UploadedFileType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly UploadedFileType Pdf = new(".pdf", "application/pdf");

    public static IReadOnlyList<UploadedFileType> All { get; } = [Docx, Pdf];

    /// <returns>The type the file's name claims, or null for any other extension (or none).</returns>
    public static UploadedFileType? FromFileName(string? fileName) =>
        string.IsNullOrWhiteSpace(fileName)
            ? null
            : All.FirstOrDefault(t => fileName.Trim().EndsWith(t.Extension, StringComparison.OrdinalIgnoreCase));
}
