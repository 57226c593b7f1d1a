using System.IO.Compression;

namespace MeetingBot.Documents;

/// <summary>
/// What a file really is, from its bytes: a name or a declared content type is whatever the sender's machine said, so
/// a PNG renamed to .docx must not reach the Word reader or a reviewer.
/// </summary>
public static class FileSignature
{
    private const string WordBody = "word/document.xml";
    private const string WorkbookBody = "xl/workbook.xml";
    private const int TextProbeBytes = 8192;
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [(byte)'P', (byte)'K', 3, 4];

    /// <returns>The accepted type the content is, or null when it is neither a PDF nor a Word document.</returns>
    public static UploadedFileType? Identify(ReadOnlyMemory<byte> content)
    {
        if (content.Span.StartsWith(PdfMagic))
        {
            return UploadedFileType.Pdf;
        }

        return content.Span.StartsWith(ZipMagic) && Has(content, WordBody) ? UploadedFileType.Docx : null;
    }

    /// <summary>Whether the content is what <paramref name="claimed"/> says: by its package part, or for CSV, by being text.</summary>
    public static bool Matches(ReadOnlyMemory<byte> content, UploadedFileType claimed)
    {
        if (claimed == UploadedFileType.Xlsx)
        {
            return content.Span.StartsWith(ZipMagic) && Has(content, WorkbookBody);
        }

        // A CSV is text: no zip or PDF header, no NUL byte in its first part.
        return claimed == UploadedFileType.Csv
            ? !content.Span.StartsWith(ZipMagic) && !content.Span.StartsWith(PdfMagic) && !content.Span[..Math.Min(content.Length, TextProbeBytes)].Contains((byte)0)
            : Identify(content) == claimed;
    }

    // A .docx is a zip package whose main part is word/document.xml; an .xlsx's is xl/workbook.xml (a plain zip has neither).
    private static bool Has(ReadOnlyMemory<byte> content, string part)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.Entries.Any(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
