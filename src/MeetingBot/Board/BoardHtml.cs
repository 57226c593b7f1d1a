using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Hosting;

namespace MeetingBot.Board;

/// <summary>
/// The board as one self-contained Chinese HTML page: inline CSS, no scripts, no external assets, every value
/// escaped. A table on wide screens, one card per task on a phone. It renders only the board's read model, which
/// holds no outline, talk or evidence text.
/// </summary>
public static class BoardHtml
{
    private const string Style = PageStyles.Base + """
        main{max-width:960px;margin:0 auto}
        dl.progress{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;background:#fff;padding:12px;border-radius:8px;margin:0}
        dl.progress dt{color:#555}dl.progress dd{margin:0}
        .s-Done{color:#1b7a2f}.s-Overdue{color:#b00020;font-weight:bold}.s-InProgress{color:#8a5a00}
        .empty{background:#fff;padding:12px;border-radius:8px}

        """ + PageStyles.TablesAsCardsOnPhone;

    public static string Render(RectificationBoardView board, DateTimeOffset now)
    {
        var zone = WallClock.TryFindZone(board.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var title = $"{board.Theme} · 整改公示";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(Escape(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>").Append(Escape(title)).Append("</h1>")
            .Append("<p class=\"meta\">").Append(Escape(board.TemplateName.ZhCn)).Append(" · 会议时间 ")
            .Append(Escape(board.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append("</p>");

        var progress = board.Progress;
        html.Append("<h2>会议进度</h2><dl class=\"progress\">")
            .Append("<dt>阶段</dt><dd>").Append(Escape(Phase(board.Status))).Append("</dd>")
            .Append("<dt>召开日期</dt><dd>").Append(Escape(progress.HeldAt is { } held ? Date(held, zone) : "尚未召开")).Append("</dd>")
            .Append("<dt>专题报告</dt><dd>").Append(Escape(Report(progress))).Append("</dd>")
            .Append("<dt>整改公示</dt><dd>").Append(Escape(progress.PublishedAt is { } at ? Date(at, zone) + " 公示" : "尚未公示")).Append("</dd>")
            .Append("</dl>");

        html.Append("<h2>整改任务清单</h2>");
        if (progress.PublishedAt is null)
        {
            html.Append("<p class=\"empty\">整改任务清单尚未公示，公示后在此显示。</p>");
        }
        else
        {
            html.Append("<p class=\"meta\">").Append(Escape(string.Create(CultureInfo.InvariantCulture,
                    $"共{board.Tasks.Count}项：已完成{board.Count(RectificationStatus.Done)}，整改中{board.Count(RectificationStatus.InProgress)}，逾期{board.Count(RectificationStatus.Overdue)}")))
                .Append("</p><table><thead><tr><th>序号</th><th>问题</th><th>整改措施</th><th>责任人</th><th>完成时限</th><th>状态</th><th>完成日期</th></tr></thead><tbody>");
            foreach (var task in board.Tasks)
            {
                html.Append("<tr>")
                    .Append(Cell("序号", task.Number.ToString(CultureInfo.InvariantCulture)))
                    .Append(Cell("问题", task.Problem))
                    .Append(Cell("整改措施", task.Measure))
                    .Append(Cell("责任人", task.OwnerName))
                    .Append(Cell("完成时限", task.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .Append("<td data-label=\"状态\" class=\"s-").Append(task.Status.ToString()).Append("\">")
                    .Append(Escape(SpecialReportComposition.StatusText(task.Status).ZhCn)).Append("</td>")
                    .Append(Cell("完成日期", task.CompletedAt is { } done ? Date(done, zone) : "—"))
                    .Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("<footer><p>本页只读，只显示已公示的整改任务和会议进度。更新于 ")
            .Append(Escape(WallClock.ToLocal(now, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
            .Append("。参会人员请到 <a href=\"/chat\">网页聊天</a> 报告进展。</p></footer></main></body></html>")
            .ToString();
    }

    /// <summary>The page for an unknown or revoked link: the same for both, and it names nothing.</summary>
    public static string NotFound() =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>页面不存在</title></head><body><p>页面不存在。</p></body></html>";

    /// <summary>Escapes the five characters that matter in HTML text and attribute values; CJK stays as it is.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Cell(string label, string value) => $"<td data-label=\"{Escape(label)}\">{Escape(value)}</td>";

    private static string Date(DateTimeOffset instant, TimeZoneInfo zone) =>
        WallClock.ToLocal(instant, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Phase(MeetingStatus status) => status switch
    {
        MeetingStatus.Preparing => "会前准备",
        MeetingStatus.Confirmed => "已确认召开",
        MeetingStatus.Reporting => "已召开，整改落实中",
        MeetingStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    private static string Report(BoardProgress progress) =>
        progress.ReportSubmittedUpward ? "已审定并报送"
        : progress.ReportApproved ? "已审定"
        : progress.HeldAt is null ? "会后撰写"
        : "撰写或审阅中";
}
