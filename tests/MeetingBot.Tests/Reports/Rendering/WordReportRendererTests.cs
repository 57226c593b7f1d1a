using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>The Chinese report read back with OpenXml: what the office will find when it opens it in Word or WPS.</summary>
public sealed class WordReportRendererTests : IDisposable
{
    private readonly RenderedWord _word = new(WordReportRenderer.Render(
        SampleSpecialReport.Chinese(), new RenderOptions(UserLocale.ZhCn, "青山镇党委办公室", new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero))));

    [Fact]
    public void Document_IsValidOpenXml()
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_word.Package)
            .Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Headings_UseTheBuiltInStyles_WithChineseNumbersInTheText()
    {
        Assert.Equal(["中共青山镇委员会关于2026年度专题民主生活会召开情况的报告"], _word.TextsIn(WordStyles.Title));
        Assert.Equal(["一、会前准备情况", "二、会议召开情况", "三、整改措施", "四、下一步工作"], _word.TextsIn(WordStyles.Heading1));
        Assert.Equal(
            ["（一）精心组织学习", "（二）深入查摆问题", "（三）普遍开展谈心谈话", "（四）认真撰写对照检查材料", "（五）批评发言提纲", "（六）会前把关"],
            _word.TextsIn(WordStyles.Heading2));
        Assert.Equal("heading 1", _word.Style(WordStyles.Heading1).StyleName!.Val!.Value);
        Assert.Equal("heading 2", _word.Style(WordStyles.Heading2).StyleName!.Val!.Value);
        Assert.Equal(0, _word.Style(WordStyles.Heading1).StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, _word.Style(WordStyles.Heading2).StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.True(_word.Style(WordStyles.Normal).Default!.Value);
    }

    [Fact]
    public void BodyParagraphs_CarryOnlyAStyle_NoDirectFormatting()
    {
        var direct = _word.Body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ChildElements.Any(child => child is not ParagraphStyleId) == true
                || p.Descendants<RunProperties>().Any())
            .Select(p => p.InnerText).ToList();

        Assert.Empty(direct);
        Assert.All(_word.Paragraphs(), p => Assert.NotNull(p.Style));
    }

    [Fact]
    public void Fonts_SetTheEastAsianFace_WithALatinFallback_AndTheOfficialSizes()
    {
        AssertFont(WordStyles.Normal, eastAsia: "仿宋_GB2312", size: "32");
        AssertFont(WordStyles.Title, eastAsia: "方正小标宋简体", size: "44");
        AssertFont(WordStyles.Heading1, eastAsia: "黑体", size: "32");
        AssertFont(WordStyles.Heading2, eastAsia: "楷体", size: "32");

        var fonts = _word.Package.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("FangSong", fonts["仿宋_GB2312"]);
        Assert.Equal("SimSun", fonts["方正小标宋简体"]);
        Assert.Equal("SimHei", fonts["黑体"]);
        Assert.Equal("KaiTi", fonts["楷体"]);
        Assert.Contains("Times New Roman", fonts.Keys);
    }

    [Fact]
    public void Body_IsSetOnAFixed28PointLine_WithTheFirstLineIndentedTwoCharacters()
    {
        var normal = _word.Style(WordStyles.Normal).StyleParagraphProperties!;

        Assert.Equal("560", normal.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, normal.SpacingBetweenLines.LineRule!.Value);
        Assert.Equal(200, normal.Indentation!.FirstLineChars!.Value);
        Assert.Equal(JustificationValues.Center, _word.Style(WordStyles.Title).StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Page_IsA4_WithTheOfficialDocumentMargins()
    {
        var section = _word.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        // 37 mm, 35 mm, 28 mm, 26 mm in twips.
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void Footer_CentresAPageField_BetweenDashes()
    {
        var footerPart = _word.Package.MainDocumentPart!.FooterParts.Single();
        var reference = _word.Body.Elements<SectionProperties>().Single().GetFirstChild<FooterReference>()!;
        var footer = footerPart.Footer!;

        Assert.Equal(_word.Package.MainDocumentPart.GetIdOfPart(footerPart), reference.Id!.Value);
        Assert.Equal("PAGE", Assert.Single(footer.Descendants<FieldCode>()).Text.Trim());
        Assert.Equal(
            [FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
            footer.Descendants<FieldChar>().Select(c => c.FieldCharType!.Value));
        Assert.Equal("— 1 —", string.Concat(footer.Descendants<Text>().Select(text => text.Text)));
        Assert.Equal(JustificationValues.Center, _word.Style(WordStyles.Footer).StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Tables_HaveBorders_AndRepeatTheirHeaderRowOnEveryPage()
    {
        var tables = _word.Body.Elements<Table>().ToList();

        Assert.Equal(4, tables.Count);
        Assert.All(tables, table =>
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties!.GetFirstChild<TableHeader>()));
            Assert.Equal(BorderValues.Single, table.GetFirstChild<TableProperties>()!.TableBorders!.InsideHorizontalBorder!.Val!.Value);
            Assert.Equal(rows[0].Elements<TableCell>().Count(), table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        });
        var talks = tables[1].Elements<TableRow>().ToList();
        Assert.Equal(22, talks.Count);
        Assert.Equal(["序号", "谈话双方", "谈话日期", "交换意见情况", "分歧是否消除"], talks[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal("王建国—李明华", talks[1].Elements<TableCell>().ElementAt(1).InnerText);
        Assert.Contains("表2　谈心谈话情况", _word.TextsIn(WordStyles.Caption));
    }

    [Fact]
    public void TableColumns_FillTheTextWidth_AndShortColumnsKeepTheirTextOnOneLine()
    {
        var talks = _word.Body.Elements<Table>().ElementAt(1);
        var columns = talks.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // 210 mm less 28 mm and 26 mm of margins.
        Assert.Equal(8845, columns.Sum());
        // 14 pt text: a Chinese character is 280 twips wide. 序号 (2 characters) and 11月12日 (6) fit with the cell margins;
        // the long opinions column gets the most room.
        Assert.True(columns[0] >= 3 * 280, $"序号 column {columns[0]}");
        Assert.True(columns[2] >= 5 * 280, $"date column {columns[2]}");
        Assert.Equal(columns.Max(), columns[3]);
    }

    [Fact]
    public void Lists_AndTheSignature_AreTyped_InTheirStyles()
    {
        var items = _word.TextsIn(WordStyles.ListParagraph);

        Assert.StartsWith("1.班子对照检查材料", items[0], StringComparison.Ordinal);
        Assert.StartsWith("3.对照检查材料", items[2], StringComparison.Ordinal);
        Assert.StartsWith("• 持续抓好整改落实", items[3], StringComparison.Ordinal);
        Assert.Equal(["中共青山镇委员会", "2026年11月24日"], _word.TextsIn(WordStyles.Signature));
        Assert.Equal(JustificationValues.Right, _word.Style(WordStyles.Signature).StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void LineBreaksInAParagraph_StayInOneParagraph_AndAreNotStretched()
    {
        var gate = _word.Body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("会前对准备情况逐项把关", StringComparison.Ordinal));
        var compatibility = _word.Package.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<Compatibility>()!;

        Assert.Single(gate.Descendants<Break>());
        Assert.NotNull(compatibility.GetFirstChild<DoNotExpandShiftReturn>());
    }

    [Fact]
    public void Addressee_StandsFlushLeft_UnderTheTitleBlock()
    {
        var paragraphs = _word.Paragraphs();
        var salutation = _word.Style(WordStyles.Salutation).StyleParagraphProperties!;

        Assert.Equal((WordStyles.Salutation, "县委："), paragraphs[2]);
        Assert.Equal((WordStyles.Subtitle, "（报送督导组审阅稿）"), paragraphs[1]);
        Assert.Equal(0, salutation.Indentation!.FirstLineChars!.Value);
        Assert.Equal(JustificationValues.Left, salutation.Justification!.Val!.Value);
    }

    [Fact]
    public void Properties_AndLanguage_AreChinese()
    {
        var properties = _word.Package.PackageProperties;
        var defaults = _word.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal("中共青山镇委员会关于2026年度专题民主生活会召开情况的报告", properties.Title);
        Assert.Equal("青山镇党委办公室", properties.Creator);
        Assert.Equal("zh-CN", properties.Language);
        Assert.Equal(new DateTime(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc), properties.Created!.Value.ToUniversalTime());
        Assert.Equal(("zh-CN", "zh-CN"), (defaults.Languages!.Val!.Value, defaults.Languages.EastAsia!.Value));
        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
    }

    public void Dispose() => _word.Dispose();

    private void AssertFont(string styleId, string eastAsia, string size)
    {
        var run = _word.Style(styleId).StyleRunProperties!;
        Assert.Equal(eastAsia, run.RunFonts!.EastAsia!.Value);
        Assert.Equal("Times New Roman", run.RunFonts.Ascii!.Value);
        Assert.Equal("Times New Roman", run.RunFonts.HighAnsi!.Value);
        Assert.Equal(size, run.FontSize!.Val!.Value);
    }
}
