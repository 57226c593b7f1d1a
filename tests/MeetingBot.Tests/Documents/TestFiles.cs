using System.IO.Compression;
using System.Text;

namespace MeetingBot.Tests.Documents;

/// <summary>Files that are not Word documents, for the type checks.</summary>
internal static class TestFiles
{
    /// <summary>A PNG's signature and header chunk: what a picture renamed to .docx starts with.</summary>
    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    /// <summary>A small but well-formed PDF.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A zip package that is not a Word document (a workbook's main part).</summary>
    public static readonly byte[] ZipWithoutWordBody = Zip("xl/workbook.xml", "<workbook/>");

    private static byte[] Zip(string entry, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(content);
        }

        return stream.ToArray();
    }
}
