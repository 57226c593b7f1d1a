using System.Globalization;

namespace MeetingBot.Reports.Rendering;

/// <summary>A1-style references: column letters (A…Z, AA…) and cell and range addresses.</summary>
public static class CellReference
{
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        var letters = string.Empty;
        for (var n = index; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Cell(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>An absolute range on a named sheet, as defined names hold it: 'Sheet name'!$A$1:$C$9.</summary>
    public static string AbsoluteRange(string sheet, int lastColumn, int lastRow) =>
        $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${Column(lastColumn)}${lastRow.ToString(CultureInfo.InvariantCulture)}";
}
