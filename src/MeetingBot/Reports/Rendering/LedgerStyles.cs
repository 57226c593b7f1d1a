using DocumentFormat.OpenXml.Spreadsheet;
using MeetingBot.Localization;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// The workbook's style sheet and the indexes of its cell formats: a bold shaded header, bordered wrapping text,
/// numbers, and dates with a real date number format (so Excel sorts and filters them as dates).
/// </summary>
public static class LedgerStyles
{
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint Number = 3;
    public const uint Date = 4;
    public const uint DateTime = 5;

    public const uint DateFormatId = 164;
    public const uint DateTimeFormatId = 165;
    public const string DateFormat = "yyyy-mm-dd";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    public static Stylesheet Build(UserLocale locale)
    {
        // Excel's Chinese default face reads Latin well too; an English ledger keeps Excel's own default.
        var face = locale == UserLocale.En ? "Calibri" : "宋体";
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat },
                new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = DateTimeFormat })
            { Count = 2 },
            new Fonts(Font(face, bold: false), Font(face, bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }, new BackgroundColor { Indexed = 64 })
                { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(
                    new LeftBorder { Style = BorderStyleValues.Thin },
                    new RightBorder { Style = BorderStyleValues.Thin },
                    new TopBorder { Style = BorderStyleValues.Thin },
                    new BottomBorder { Style = BorderStyleValues.Thin },
                    new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                Format(0, fontId: 1, fillId: 2, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
                Format(0, fontId: 0, fillId: 0, new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
                Format(0, fontId: 0, fillId: 0, new Alignment { Vertical = VerticalAlignmentValues.Top }),
                Format(DateFormatId, fontId: 0, fillId: 0, new Alignment { Vertical = VerticalAlignmentValues.Top }),
                Format(DateTimeFormatId, fontId: 0, fillId: 0, new Alignment { Vertical = VerticalAlignmentValues.Top }))
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(string face, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = face }, new FontCharSet { Val = 134 });
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint fontId, uint fillId, Alignment alignment) =>
        new(alignment)
        {
            NumberFormatId = numberFormat,
            FontId = fontId,
            FillId = fillId,
            BorderId = 1,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = fontId != 0,
            ApplyFill = fillId != 0,
            ApplyBorder = true,
            ApplyAlignment = true,
        };
}
