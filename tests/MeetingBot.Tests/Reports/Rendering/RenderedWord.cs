using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>A rendered .docx opened again with OpenXml, with the look-ups the tests share.</summary>
internal sealed class RenderedWord : IDisposable
{
    private readonly MemoryStream _stream;

    public RenderedWord(byte[] docx)
    {
        _stream = new MemoryStream(docx);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public WordprocessingDocument Package { get; }

    public Body Body => Package.MainDocumentPart!.Document!.Body!;

    public Styles Styles => Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    public Style Style(string id) => Styles.Elements<Style>().Single(style => style.StyleId == id);

    /// <summary>Body paragraphs (outside tables) as (style id, text).</summary>
    public List<(string? Style, string Text)> Paragraphs() =>
        Body.Elements<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText)).ToList();

    public List<string> TextsIn(string styleId) =>
        Paragraphs().Where(p => p.Style == styleId).Select(p => p.Text).ToList();

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
