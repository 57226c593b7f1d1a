using System.Globalization;
using MeetingBot.Coordination.Overview;
using MeetingBot.Localization;

namespace MeetingBot.Overview;

/// <summary>The cells of one unit's row as text, the same on the page, in the export and in chat.</summary>
public static class OverviewCells
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string MeetingDate(UnitProgress row) => row.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>上报 2014-06-30（提前15天，要求10天）, or what is missing.</summary>
    public static string Reported(UnitProgress row, UserLocale locale)
    {
        if (row.ReportedOn is not { } on)
        {
            return row.DaysAheadRequired is { } required
                ? Text(locale, $"未上报（应提前{required}天）", $"not reported (due {required} days ahead)")
                : "—";
        }

        var ahead = row.Date.DayNumber - on.DayNumber;
        var required2 = row.DaysAheadRequired ?? 0;
        var verdict = row.ReportedInTime ? Text(locale, "按时", "in time")
            : row.ReportedDate != row.Date ? Text(locale, "会期已变，需重报", "meeting moved, report again")
            : Text(locale, "未按时", "late");
        return Text(locale,
            $"{Date(on)}（提前{ahead}天，要求{required2}天，{verdict}）",
            $"{Date(on)} ({ahead} days ahead, {required2} required, {verdict})");
    }

    public static string ReportedTheme(UnitProgress row) => row.ReportedTheme ?? "—";

    /// <summary>缺3项, or 无.</summary>
    public static string GapCount(UnitProgress row, UserLocale locale) =>
        row.Gaps.Count == 0 ? Text(locale, "无", "none") : Text(locale, $"缺{row.Gaps.Count}项", $"{row.Gaps.Count} gap(s)");

    public static IEnumerable<string> Gaps(UnitProgress row, UserLocale locale) => row.Gaps.Select(g => locale == UserLocale.En ? g.En : g.ZhCn);

    public static string Held(UnitProgress row, UserLocale locale) => row.HeldOn is { } held ? Date(held) : Text(locale, "未召开", "not held");

    public static string Rectification(UnitProgress row, UserLocale locale) =>
        row.TasksTotal == 0
            ? Text(locale, "尚无任务", "no tasks yet")
            : Text(locale, $"完成{row.TasksDone}，逾期{row.TasksOverdue}，共{row.TasksTotal}", $"{row.TasksDone} done, {row.TasksOverdue} overdue, {row.TasksTotal} in all");

    private static string Text(UserLocale locale, string zh, string en) => locale == UserLocale.En ? en : zh;
}
