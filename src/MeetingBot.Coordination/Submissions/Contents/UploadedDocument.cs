namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>
/// A Word or PDF file handed in instead of typed sections. The file itself lives in the document store under
/// <paramref name="StorageKey"/>; the domain keeps only the reference and the text extracted for the checks.
/// </summary>
public sealed record UploadedDocument(string FileName, string ContentType, long SizeBytes, string StorageKey, string? ExtractedText)
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfContentType = "application/pdf";

    /// <summary>The largest file accepted: a long material is a few hundred kilobytes, so 10 MB leaves room for images.</summary>
    public const long MaxSizeBytes = 10 * 1024 * 1024;

    public static IReadOnlyList<string> AcceptedContentTypes { get; } = [WordContentType, PdfContentType];
}
