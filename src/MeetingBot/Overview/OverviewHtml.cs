using System.Globalization;
using System.Text;
using MeetingBot.Board;
using MeetingBot.Coordination.Overview;
using MeetingBot.Coordination.Reports;
using MeetingBot.Hosting;
using MeetingBot.Localization;

namespace MeetingBot.Overview;

/// <summary>
/// The superior's view as self-contained Chinese HTML (inline CSS, no scripts, no external assets, every value
/// escaped): a sortable, filterable table on a desk, one card per unit on a phone. It renders only the domain's read
/// models, which hold names, counts, dates and states — and, on a unit's own page, the special report once it was
/// submitted upward. Sorting and filtering are plain links, so the page needs no script.
/// </summary>
public static class OverviewHtml
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string Style = PageStyles.Base + """
        main{max-width:1200px;margin:0 auto}
        nav.filters{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px}
        nav.filters a{padding:4px 10px;border-radius:14px;background:#fff;border:1px solid #ccc;color:#222;text-decoration:none}
        nav.filters a.on{background:#a61b1b;border-color:#a61b1b;color:#fff}
        a.export{display:inline-block;margin:0 0 12px;color:#a61b1b}
        th{white-space:nowrap}th a{color:#222}
        td.stage{white-space:nowrap}
        .st-Preparing{color:#8a5a00}.st-Ready,.st-Reported{color:#1b7a2f}.st-Cancelled{color:#777}
        .late{color:#b00020;font-weight:bold}.overdue{color:#b00020}
        details summary{cursor:pointer}details ul{margin:4px 0 0;padding-left:18px}
        .empty,.notice,section.report{background:#fff;padding:12px;border-radius:8px}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;background:#fff;padding:12px;border-radius:8px;margin:0 0 12px}
        dl.facts dt{color:#555}dl.facts dd{margin:0}

        """ + PageStyles.TablesAsCardsOnPhone;

    private static readonly (string Sort, string Label)[] Columns =
    [
        (OverviewQuery.ByUnit, "单位"), ("", "主题"), (OverviewQuery.ByDate, "会议时间"), (OverviewQuery.ByReported, "报告上级"),
        ("", "上报主题"), (OverviewQuery.ByGaps, "准备缺项"), (OverviewQuery.ByStage, "状态"), ("", "召开日期"), ("", "专题报告"),
        (OverviewQuery.ByOverdue, "整改任务"),
    ];

    public static string Page(string scope, IReadOnlyList<UnitProgress> all, OverviewQuery query, string viewerName, DateTimeOffset now)
    {
        var rows = query.Apply(all);
        var html = Head($"各单位进度 · {scope}")
            .Append("<h1>各单位专题民主生活会进度</h1><p class=\"meta\">")
            .Append(Escape($"{scope}及下级单位 · 共{all.Count}个会议 · {viewerName} · 更新于 {now.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}"))
            .Append("</p><nav class=\"filters\" aria-label=\"按状态筛选\">")
            .Append(Filter(query.Link(OverviewPage.Path, keepStatus: false), "全部", all.Count, query.Status is null));
        foreach (var stage in Enum.GetValues<UnitStage>())
        {
            html.Append(Filter(query.Link(OverviewPage.Path, stage, keepStatus: false), OverviewWords.Stage(stage).ZhCn, all.Count(r => r.Stage == stage), query.Status == stage));
        }

        html.Append("</nav><a class=\"export\" href=\"").Append(Escape(query.Link(OverviewPage.ExportPath))).Append("\">导出Excel（当前筛选与排序）</a>");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"empty\">没有符合条件的会议。</p>");
        }
        else
        {
            html.Append("<table><thead><tr>");
            foreach (var (sort, label) in Columns)
            {
                html.Append("<th>").Append(sort.Length == 0 ? Escape(label) : SortLink(query, sort, label)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var row in rows)
            {
                Row(html, row);
            }

            html.Append("</tbody></table>");
        }

        return html.Append("<footer><p>本页只显示各单位的时间、主题、准备缺项（人名和数量）、召开与报送情况和整改进度，不显示批评提纲、谈心记录和对照检查材料。</p></footer></main></body></html>").ToString();
    }

    public static string UnitPage(string unit, IReadOnlyList<ReportedMaterials> materials)
    {
        var html = Head($"{unit} · 报送材料")
            .Append("<h1>").Append(Escape(unit)).Append("</h1><p class=\"meta\"><a href=\"").Append(OverviewPage.Path).Append("\">← 各单位进度</a></p>");
        foreach (var item in materials)
        {
            var row = item.Progress;
            html.Append("<h2>").Append(Escape(row.Theme)).Append("</h2><dl class=\"facts\">")
                .Append(Fact("会议时间", OverviewCells.MeetingDate(row)))
                .Append(Fact("状态", OverviewWords.Stage(row.Stage).ZhCn))
                .Append(Fact("报告上级", OverviewCells.Reported(row, UserLocale.ZhCn)));
            if (item.DateAndTheme is { } reported)
            {
                html.Append(Fact("上报主题", reported.ReportedTheme))
                    .Append(Fact("上报会期", reported.ReportedMeetingStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
                    .Append(Fact("报送对象", reported.ReportedTo));
            }

            html.Append(Fact("准备缺项", OverviewCells.GapCount(row, UserLocale.ZhCn)))
                .Append(Fact("召开日期", OverviewCells.Held(row, UserLocale.ZhCn)))
                .Append(Fact("专题报告", OverviewWords.Report(row.Report).ZhCn))
                .Append(Fact("整改任务", OverviewCells.Rectification(row, UserLocale.ZhCn)))
                .Append("</dl>");
            if (item.SpecialReport is { } version)
            {
                Report(html, version.Report);
            }
            else
            {
                html.Append("<p class=\"empty\">专题报告经督导组审核并报送上级后在此显示。</p>");
            }
        }

        return html.Append("<footer><p>本页只显示报送上级的材料：时间和主题的报告，以及已报送的专题报告。</p></footer></main></body></html>").ToString();
    }

    /// <summary>Not signed in, or refused: what happened and what to do, with a link when there is one.</summary>
    public static string Notice(string title, string body, string? linkText, string? link, UserLocale locale)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(locale == UserLocale.En ? "en" : "zh-CN").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(Escape(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>").Append(Escape(title)).Append("</h1><p class=\"notice\">").Append(Escape(body)).Append("</p>");
        if (link is not null && linkText is not null)
        {
            html.Append("<p><a href=\"").Append(Escape(link)).Append("\">").Append(Escape(linkText)).Append("</a></p>");
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static void Row(StringBuilder html, UnitProgress row)
    {
        html.Append("<tr data-stage=\"").Append(OverviewWords.Key(row.Stage)).Append("\">")
            .Append("<td data-label=\"单位\"><a href=\"").Append(Escape(OverviewPage.UnitLink(row.Unit))).Append("\">").Append(Escape(row.Unit)).Append("</a></td>")
            .Append(Cell("主题", row.Theme))
            .Append(Cell("会议时间", OverviewCells.MeetingDate(row)))
            .Append("<td data-label=\"报告上级\"").Append(row.ReportedInTime || row.DaysAheadRequired is null ? string.Empty : " class=\"late\"").Append('>')
            .Append(Escape(OverviewCells.Reported(row, UserLocale.ZhCn))).Append("</td>")
            .Append(Cell("上报主题", OverviewCells.ReportedTheme(row)));
        html.Append("<td data-label=\"准备缺项\">");
        if (row.Gaps.Count == 0)
        {
            html.Append(Escape(OverviewCells.GapCount(row, UserLocale.ZhCn)));
        }
        else
        {
            html.Append("<details><summary>").Append(Escape(OverviewCells.GapCount(row, UserLocale.ZhCn))).Append("</summary><ul>");
            foreach (var gap in OverviewCells.Gaps(row, UserLocale.ZhCn))
            {
                html.Append("<li>").Append(Escape(gap)).Append("</li>");
            }

            html.Append("</ul></details>");
        }

        html.Append("</td><td data-label=\"状态\" class=\"stage st-").Append(row.Stage.ToString()).Append("\">").Append(Escape(OverviewWords.Stage(row.Stage).ZhCn)).Append("</td>")
            .Append(Cell("召开日期", OverviewCells.Held(row, UserLocale.ZhCn)))
            .Append(Cell("专题报告", OverviewWords.Report(row.Report).ZhCn))
            .Append("<td data-label=\"整改任务\"").Append(row.TasksOverdue > 0 ? " class=\"overdue\"" : string.Empty).Append('>')
            .Append(Escape(OverviewCells.Rectification(row, UserLocale.ZhCn))).Append("</td></tr>");
    }

    private static void Report(StringBuilder html, SpecialReport report)
    {
        html.Append("<section class=\"report\"><h2>").Append(Escape(report.Title.ZhCn)).Append("</h2><p class=\"meta\">").Append(Escape(report.Subtitle.ZhCn)).Append("</p>");
        foreach (var section in report.Sections)
        {
            html.Append("<h3>").Append(Escape(section.Heading.ZhCn)).Append("</h3>");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph paragraph:
                        html.Append("<p>").Append(Escape(paragraph.Text.ZhCn)).Append("</p>");
                        break;
                    case ReportList list:
                        html.Append("<ul>");
                        foreach (var item in list.Items)
                        {
                            html.Append("<li>").Append(Escape(item.ZhCn)).Append("</li>");
                        }

                        html.Append("</ul>");
                        break;
                    case ReportTable table:
                        html.Append("<table><thead><tr>");
                        foreach (var header in table.Columns)
                        {
                            html.Append("<th>").Append(Escape(header.ZhCn)).Append("</th>");
                        }

                        html.Append("</tr></thead><tbody>");
                        foreach (var cells in table.Rows)
                        {
                            html.Append("<tr>");
                            for (var i = 0; i < cells.Count; i++)
                            {
                                html.Append(Cell(i < table.Columns.Count ? table.Columns[i].ZhCn : string.Empty, cells[i].ZhCn));
                            }

                            html.Append("</tr>");
                        }

                        html.Append("</tbody></table>");
                        break;
                }
            }
        }

        html.Append("</section>");
    }

    private static StringBuilder Head(string title) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex, nofollow\">")
        .Append("<title>").Append(Escape(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>");

    private static string Filter(string href, string label, int count, bool on) =>
        $"<a href=\"{Escape(href)}\"{(on ? " class=\"on\" aria-current=\"page\"" : string.Empty)}>{Escape(label)}（{count.ToString(CultureInfo.InvariantCulture)}）</a>";

    private static string SortLink(OverviewQuery query, string sort, string label)
    {
        var arrow = query.Sort != sort ? string.Empty : query.Descending ? " ▼" : " ▲";
        return $"<a href=\"{Escape(query.Link(OverviewPage.Path, sort: sort))}\">{Escape(label + arrow)}</a>";
    }

    private static string Fact(string label, string value) => $"<dt>{Escape(label)}</dt><dd>{Escape(value)}</dd>";

    private static string Cell(string label, string value) => $"<td data-label=\"{Escape(label)}\">{Escape(value)}</td>";

    private static string Escape(string text) => BoardHtml.Escape(text);
}
