using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Documents;

/// <summary>
/// The plain text of a .docx body, for the rule checks on submitted materials: paragraphs in order, table rows as
/// tab-separated lines, breaks and tabs kept; deleted revisions and field codes left out. The part is read as a
/// stream and reading stops at the length asked for, and a package that would unpack to more than
/// <see cref="DocxPackage"/> allows is not opened, so a huge or hostile document costs no more than that.
/// </summary>
public static class DocxText
{
    public const int DefaultMaxLength = 200_000;

    // Markup allowed in one part before giving up; the package was already held to DocxPackage's limits.
    private const long MaxCharactersInPart = DocxPackage.MaxEntryBytes;

    /// <param name="docx">A seekable stream over the whole file.</param>
    /// <returns>The text, or null when the stream is not a readable Word document.</returns>
    public static ExtractedText? Extract(Stream docx, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (!DocxPackage.IsWithinLimits(docx))
        {
            return null;
        }

        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (document.MainDocumentPart is not { } body)
            {
                return null;
            }

            var writer = new PlainTextWriter(maxLength);
            using var reader = OpenXmlReader.Create(body);
            while (!writer.IsFull && reader.Read())
            {
                Visit(reader, writer);
            }

            return writer.ToExtractedText();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException)
        {
            return null;
        }
    }

    private static void Visit(OpenXmlReader reader, PlainTextWriter writer)
    {
        var type = reader.ElementType;
        if (reader.IsStartElement)
        {
            if (type == typeof(Text))
            {
                writer.Text(reader.GetText());
            }
            else if (type == typeof(TabChar))
            {
                writer.Tab();
            }
            else if (type == typeof(Break) || type == typeof(CarriageReturn))
            {
                writer.Break();
            }
            else if (type == typeof(TableRow))
            {
                writer.StartRow();
            }
            else if (type == typeof(TableCell))
            {
                writer.StartCell();
            }
        }
        else if (reader.IsEndElement)
        {
            if (type == typeof(Paragraph))
            {
                writer.EndParagraph();
            }
            else if (type == typeof(TableCell))
            {
                writer.EndCell();
            }
            else if (type == typeof(TableRow))
            {
                writer.EndRow();
            }
        }
    }
}
