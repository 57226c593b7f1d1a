using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Tests.Documents;

/// <summary>Real .docx files, written with the Open XML SDK as Word would save them.</summary>
internal static class TestDocx
{
    public static byte[] Build(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(body));
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph with one run per piece of text (Word splits text into runs wherever formatting changes).</summary>
    public static Paragraph Paragraph(params string[] runs) => new(runs.Select(text => new Run(Text(text))));

    /// <summary>A table; each cell is one paragraph, or several where the cell's text holds '\n'.</summary>
    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(cell.Split('\n').Select(p => Paragraph(p)))))));

    public static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
}
