using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Npgsql;

namespace MeetingBot.Bench.Turns.County;

/// <summary>
/// The superior committee's view after the run, as the county overseer's browser gets it through nginx (signed in
/// with the sign-in cookie): the overview page and its .xlsx export, every unit's row checked against the meetings
/// read straight from PostgreSQL (<see cref="StoredUnitMeeting"/>): one row per stored meeting, the theme, what was
/// reported upward, readiness gaps (as many as named, the report-upward gap exactly where none is stored), held or
/// not, the special report's status and the rectification counts. Every mismatch is named.
/// </summary>
public static partial class OverviewCheck
{
    private const string NotHeld = "未召开";
    private const string NotSubmitted = "未提交";
    private const string ReportUpwardGap = "向上级报告";

    public static async Task<(bool Correct, string Detail)> RunAsync(CountyDeployment deployment, CountyTeam team)
    {
        var stored = await StoredUnitMeeting.ReadAsync(deployment.ConnectionString);
        var overseerId = await DirectoryIdAsync(deployment.ConnectionString, team.Overseer.Name);
        using var browser = new HttpClient { BaseAddress = deployment.FrontUrl, Timeout = TimeSpan.FromSeconds(60) };
        browser.DefaultRequestHeaders.Add("Cookie", deployment.SignedInCookie(overseerId, team.Overseer.Name));
        using var pageResponse = await browser.GetAsync(new Uri("overview", UriKind.Relative));
        using var exportResponse = await browser.GetAsync(new Uri("overview/export.xlsx", UriKind.Relative));
        if (pageResponse.StatusCode != HttpStatusCode.OK || exportResponse.StatusCode != HttpStatusCode.OK)
        {
            return (false, $"WRONG: the overseer got HTTP {(int)pageResponse.StatusCode} for /overview and {(int)exportResponse.StatusCode} for its export");
        }

        var page = await pageResponse.Content.ReadAsStringAsync();
        using var workbook = new MemoryStream(await exportResponse.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()
            .Select(r => r.ToDictionary(c => c.Key, c => Convert.ToString(c.Value, CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal))
            .ToList();
        var pageRows = PageRows(page);

        var wrong = new List<string>();
        var units = team.Units.Select(u => u.Path).ToHashSet(StringComparer.Ordinal);
        if (stored.Count != team.Units.Count || !stored.Select(m => m.Unit).ToHashSet(StringComparer.Ordinal).SetEquals(units))
        {
            wrong.Add($"{stored.Count} meetings stored for {team.Units.Count} units");
        }

        if (rows.Count != stored.Count || pageRows.Count != stored.Count)
        {
            wrong.Add($"{rows.Count} export rows and {pageRows.Count} page rows for {stored.Count} stored meetings");
        }

        foreach (var meeting in stored)
        {
            var row = rows.FirstOrDefault(r => r.GetValueOrDefault("单位") == meeting.Unit);
            if (row is null)
            {
                wrong.Add($"{meeting.Unit}: no export row");
                continue;
            }

            wrong.AddRange(Mismatches(meeting, row).Select(m => $"{meeting.Unit}: export {m}"));
            if (!pageRows.TryGetValue(meeting.Unit, out var cells))
            {
                wrong.Add($"{meeting.Unit}: no row on the page");
                continue;
            }

            wrong.AddRange(PageMismatches(row, cells).Select(m => $"{meeting.Unit}: page {m}"));
        }

        var reported = stored.Count(m => m.ReportedOn is not null);
        return wrong.Count == 0
            ? (true, $"page and export: {rows.Count} rows = {stored.Count} stored meetings of {team.Units.Count} units; theme, report upward ({reported} stored), gaps, held, special report and rectification as stored")
            : (false, "WRONG: " + string.Join("; ", wrong.Take(8)) + (wrong.Count > 8 ? $" … ({wrong.Count} mismatches)" : string.Empty));
    }

    /// <summary>One export row against the stored meeting.</summary>
    private static IEnumerable<string> Mismatches(StoredUnitMeeting meeting, IReadOnlyDictionary<string, string> row)
    {
        string Cell(string column) => row.GetValueOrDefault(column) ?? string.Empty;
        if (Cell("主题") != meeting.Theme)
        {
            yield return $"主题 “{Cell("主题")}”, stored “{meeting.Theme}”";
        }

        if (Cell("报告上级日期") != (meeting.ReportedOn ?? "—") || (meeting.ReportedTheme is { } theme && Cell("上报主题") != theme))
        {
            yield return $"报告上级 {Cell("报告上级日期")} “{Cell("上报主题")}”, stored {meeting.ReportedOn ?? "none"} “{meeting.ReportedTheme}”";
        }

        var gaps = Cell("准备缺项").Split('；', StringSplitOptions.RemoveEmptyEntries);
        if (Cell("准备缺项数") != gaps.Length.ToString(CultureInfo.InvariantCulture))
        {
            yield return $"准备缺项数 {Cell("准备缺项数")} for {gaps.Length} named";
        }

        var reportGap = gaps.Any(g => g.Contains(ReportUpwardGap, StringComparison.Ordinal));
        if (meeting.Status == "preparing" && reportGap != (meeting.ReportedOn is null))
        {
            yield return $"the report-upward gap is {(reportGap ? "listed" : "missing")} while {(meeting.ReportedOn is null ? "none is" : "one is")} stored";
        }

        var stage = Cell("状态");
        var expectedStage = meeting.Status switch
        {
            "preparing" => gaps.Length == 0 ? "准备就绪" : "筹备中",
            "confirmed" => "已确认召开",
            "reporting" => meeting.HasSpecialReport ? stage : "已召开",
            _ => stage,
        };
        if (stage != expectedStage)
        {
            yield return $"状态 {stage}, stored {meeting.Status} with {gaps.Length} gap(s)";
        }

        if ((Cell("召开日期") == NotHeld) != (meeting.HeldAt is null))
        {
            yield return $"召开日期 {Cell("召开日期")}, stored held at {meeting.HeldAt ?? "never"}";
        }

        if ((Cell("专题报告") == NotSubmitted) != !meeting.HasSpecialReport)
        {
            yield return $"专题报告 {Cell("专题报告")}, {(meeting.HasSpecialReport ? "one is" : "none is")} stored";
        }

        var overdue = int.TryParse(Cell("整改逾期数"), CultureInfo.InvariantCulture, out var o) ? o : -1;
        if (Cell("整改任务数") != meeting.TasksTotal.ToString(CultureInfo.InvariantCulture)
            || Cell("整改完成数") != meeting.TasksDone.ToString(CultureInfo.InvariantCulture)
            || overdue < 0 || overdue > meeting.TasksTotal - meeting.TasksDone)
        {
            yield return $"整改 {Cell("整改完成数")}/{Cell("整改逾期数")}/{Cell("整改任务数")} (done/overdue/all), stored {meeting.TasksDone} done of {meeting.TasksTotal}";
        }
    }

    /// <summary>The page shows what the export holds (the same reader builds both).</summary>
    private static IEnumerable<string> PageMismatches(IReadOnlyDictionary<string, string> row, IReadOnlyDictionary<string, string> cells)
    {
        var gaps = row["准备缺项数"] == "0" ? "无" : $"缺{row["准备缺项数"]}项";
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["主题"] = row["主题"],
            ["上报主题"] = row["上报主题"],
            ["状态"] = row["状态"],
            ["召开日期"] = row["召开日期"],
            ["专题报告"] = row["专题报告"],
        };
        foreach (var (label, value) in expected.Where(e => cells.GetValueOrDefault(e.Key) != e.Value))
        {
            yield return $"{label} “{cells.GetValueOrDefault(label)}”, export “{value}”";
        }

        if (!(cells.GetValueOrDefault("准备缺项") ?? string.Empty).StartsWith(gaps, StringComparison.Ordinal))
        {
            yield return $"准备缺项 “{cells.GetValueOrDefault("准备缺项")}”, export {gaps}";
        }
    }

    /// <summary>The page's rows by unit: each cell's text by its <c>data-label</c>.</summary>
    private static Dictionary<string, Dictionary<string, string>> PageRows(string html)
    {
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (Match row in RowPattern().Matches(html))
        {
            var cells = CellPattern().Matches(row.Value).ToDictionary(
                c => WebUtility.HtmlDecode(c.Groups["label"].Value),
                c => WebUtility.HtmlDecode(TagPattern().Replace(c.Groups["text"].Value, string.Empty)).Trim(),
                StringComparer.Ordinal);
            if (cells.TryGetValue("单位", out var unit))
            {
                rows[unit] = cells;
            }
        }

        return rows;
    }

    private static async Task<string> DirectoryIdAsync(string connectionString, string name)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT body FROM meetingbot_state WHERE key = 'people/directory'", connection);
        using var directory = JsonDocument.Parse((string?)await command.ExecuteScalarAsync() ?? "{}");
        return directory.RootElement.GetProperty("people").EnumerateArray()
            .First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    [GeneratedRegex("<tr data-stage=\"[^\"]*\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td data-label=\"(?<label>[^\"]*)\"[^>]*>(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
