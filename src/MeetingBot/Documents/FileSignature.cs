using System.IO.Compression;

namespace MeetingBot.Documents;

/// <summary>
/// What a file really is, from its bytes: a name or a declared content type is whatever the sender's machine said, so
/// a PNG renamed to .docx must not reach the Word reader or a reviewer.
/// </summary>
public static class FileSignature
{
    private const string WordBody = "word/document.xml";
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [(byte)'P', (byte)'K', 3, 4];

    /// <returns>The accepted type the content is, or null when it is neither a PDF nor a Word document.</returns>
    public static UploadedFileType? Identify(ReadOnlyMemory<byte> content)
    {
        if (content.Span.StartsWith(PdfMagic))
        {
            return UploadedFileType.Pdf;
        }

        return content.Span.StartsWith(ZipMagic) && HasWordBody(content) ? UploadedFileType.Docx : null;
    }

    // A .docx is a zip package whose main part is word/document.xml (an .xlsx or a plain zip is not).
    private static bool HasWordBody(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.Entries.Any(e => string.Equals(e.FullName, WordBody, StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
