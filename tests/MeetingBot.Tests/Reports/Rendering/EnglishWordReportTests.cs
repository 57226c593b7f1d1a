using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>An English report takes the English typesetting: Latin faces, decimal numbering, "Page N", plain margins.</summary>
public sealed class EnglishWordReportTests : IDisposable
{
    private readonly RenderedWord _word = new(WordReportRenderer.Render(SampleSpecialReport.English(), new RenderOptions(UserLocale.En, "Organising office")));

    [Fact]
    public void Headings_AreNumberedInDecimal()
    {
        Assert.Equal(["1. Preparation", "2. Rectification"], _word.TextsIn(WordStyles.Heading1));
        Assert.Equal(["1.1 Talks"], _word.TextsIn(WordStyles.Heading2));
        Assert.Equal(["1. Fewer meetings and documents.", "2. Monthly field visits."], _word.TextsIn(WordStyles.ListParagraph));
    }

    [Fact]
    public void Fonts_AreTimesAndCalibri_WithAChineseFaceForChineseNames()
    {
        var normal = _word.Style(WordStyles.Normal).StyleRunProperties!.RunFonts!;
        var heading = _word.Style(WordStyles.Heading1).StyleRunProperties!;

        Assert.Equal(("Times New Roman", "SimSun"), (normal.Ascii!.Value, normal.EastAsia!.Value));
        Assert.Equal("Calibri", heading.RunFonts!.Ascii!.Value);
        Assert.NotNull(heading.Bold);
        Assert.Equal("24", _word.Style(WordStyles.Normal).StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Null(_word.Style(WordStyles.Normal).StyleParagraphProperties!.Indentation!.FirstLineChars);
    }

    [Fact]
    public void Footer_ReadsPageN_AndTheMarginsAreAnInch()
    {
        var footer = _word.Package.MainDocumentPart!.FooterParts.Single().Footer!;
        var margin = _word.Body.Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!;

        Assert.Equal("Page 1", string.Concat(footer.Descendants<Text>().Select(text => text.Text)));
        Assert.Equal("PAGE", Assert.Single(footer.Descendants<FieldCode>()).Text.Trim());
        Assert.Equal((1440, 1440, 1440u, 1440u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void Properties_AreEnglish()
    {
        Assert.Equal("en-GB", _word.Package.PackageProperties.Language);
        Assert.Equal("Organising office", _word.Package.PackageProperties.Creator);
        Assert.Equal("en-GB", _word.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
    }

    public void Dispose() => _word.Dispose();
}
