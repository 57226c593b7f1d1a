using MeetingBot.Localization;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// The typesetting of a report in one locale. Chinese follows the official-document standard (GB/T 9704): A4,
/// margins 37/35/28/26 mm, title 二号 小标宋, body 三号 仿宋 on a fixed 28 pt line, headings 黑体 then 楷体, first lines
/// indented two characters, page numbers "— 1 —". English uses the plain business equivalents.
/// Sizes are in half-points and lengths in twentieths of a point, Word's own units.
/// </summary>
public sealed record WordTypography(
    string Language,
    WordFont TitleFont,
    WordFont Heading1Font,
    WordFont Heading2Font,
    WordFont BodyFont,
    WordFont PageNumberFont,
    int TitleSize,
    int Heading1Size,
    int Heading2Size,
    int BodySize,
    int TableSize,
    int PageNumberSize,
    bool BoldHeadings,
    int? ExactLineSpacing,
    int? TableExactLineSpacing,
    bool IndentFirstLine,
    WordPageMargins Margins,
    string PageNumberBefore,
    string PageNumberAfter)
{
    /// <summary>A4 in twips.</summary>
    public const int PageWidth = 11906;

    public const int PageHeight = 16838;

    public static WordTypography For(UserLocale locale) => locale == UserLocale.En ? English : Chinese;

    public static WordTypography Chinese { get; } = new(
        Language: "zh-CN",
        TitleFont: new WordFont("方正小标宋简体", "SimSun", "Times New Roman"),
        Heading1Font: new WordFont("黑体", "SimHei", "Times New Roman"),
        Heading2Font: new WordFont("楷体", "KaiTi", "Times New Roman"),
        BodyFont: new WordFont("仿宋_GB2312", "FangSong", "Times New Roman"),
        PageNumberFont: new WordFont("宋体", "SimSun", "Times New Roman"),
        TitleSize: 44,
        Heading1Size: 32,
        Heading2Size: 32,
        BodySize: 32,
        TableSize: 28,
        PageNumberSize: 28,
        BoldHeadings: false,
        ExactLineSpacing: 560,
        TableExactLineSpacing: 400,
        IndentFirstLine: true,
        Margins: new WordPageMargins(Top: WordPageMargins.FromMillimetres(37), Bottom: WordPageMargins.FromMillimetres(35),
            Left: WordPageMargins.FromMillimetres(28), Right: WordPageMargins.FromMillimetres(26)),
        PageNumberBefore: "— ",
        PageNumberAfter: " —");

    public static WordTypography English { get; } = new(
        Language: "en-GB",
        TitleFont: new WordFont("SimSun", "SimSun", "Calibri"),
        Heading1Font: new WordFont("SimHei", "SimHei", "Calibri"),
        Heading2Font: new WordFont("SimHei", "SimHei", "Calibri"),
        BodyFont: new WordFont("SimSun", "SimSun", "Times New Roman"),
        PageNumberFont: new WordFont("SimSun", "SimSun", "Times New Roman"),
        TitleSize: 40,
        Heading1Size: 32,
        Heading2Size: 26,
        BodySize: 24,
        TableSize: 22,
        PageNumberSize: 20,
        BoldHeadings: true,
        ExactLineSpacing: null,
        TableExactLineSpacing: null,
        IndentFirstLine: false,
        Margins: new WordPageMargins(Top: 1440, Bottom: 1440, Left: 1440, Right: 1440),
        PageNumberBefore: "Page ",
        PageNumberAfter: "");

    /// <summary>The width between the margins, which tables fill.</summary>
    public int TextWidth => PageWidth - Margins.Left - Margins.Right;
}
