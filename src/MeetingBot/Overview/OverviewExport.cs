using MeetingBot.Coordination.Overview;
using MeetingBot.Localization;
using MiniExcelLibs;

namespace MeetingBot.Overview;

/// <summary>
/// The superior's view as an .xlsx the organisation department opens in Excel: one row per unit's meeting, the same
/// rows (filter and order) as the page it was exported from, every cell text. Gaps are names and counts only.
/// </summary>
public static class OverviewExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Columns =
        ["单位", "主题", "会议时间", "报告上级日期", "是否按时上报", "上报主题", "准备缺项数", "准备缺项", "状态", "召开日期", "专题报告", "整改任务数", "整改完成数", "整改逾期数"];

    public static byte[] Write(IReadOnlyList<UnitProgress> rows)
    {
        var table = rows.Select(Cells).Select(cells => (IDictionary<string, object>)Columns
            .Select((column, i) => (column, cell: (object)cells[i]))
            .ToDictionary(p => p.column, p => p.cell, StringComparer.Ordinal)).ToList();
        if (table.Count == 0)
        {
            // With no rows, MiniExcel has nothing to take the header from.
            table.Add(Columns.ToDictionary(c => c, _ => (object)string.Empty, StringComparer.Ordinal));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "各单位进度", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static string[] Cells(UnitProgress row) =>
    [
        row.Unit,
        row.Theme,
        OverviewCells.MeetingDate(row),
        OverviewCells.Date(row.ReportedOn),
        row.DaysAheadRequired is null ? "—" : row.ReportedInTime ? "是" : "否",
        OverviewCells.ReportedTheme(row),
        Number(row.Gaps.Count),
        string.Join("；", OverviewCells.Gaps(row, UserLocale.ZhCn)),
        OverviewWords.Stage(row.Stage).ZhCn,
        OverviewCells.Held(row, UserLocale.ZhCn),
        OverviewWords.Report(row.Report).ZhCn,
        Number(row.TasksTotal),
        Number(row.TasksDone),
        Number(row.TasksOverdue),
    ];

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
