using System.Globalization;
using System.Net;
using System.Text;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Attendance;

/// <summary>
/// The sign-in pages as self-contained Chinese HTML, phone first: inline CSS, no scripts, no external assets, every value
/// escaped. The confirming page posts back to its own address; opening it (or a link preview fetching it) records nothing.
/// </summary>
public static class SignInHtml
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:16px;color:#222;background:#f6f6f4;line-height:1.6}
        main{max-width:480px;margin:0 auto;background:#fff;border-radius:10px;padding:20px}
        h1{font-size:1.3em;margin:0 0 8px;color:#a61b1b}
        .meta{color:#555;margin:0 0 16px}
        .who{font-size:1.2em;margin:0 0 16px}
        button{display:block;width:100%;font-size:1.15em;padding:14px;border:0;border-radius:8px;background:#a61b1b;color:#fff}
        .done{color:#1b7a2f;font-size:1.15em}
        .refused{color:#b00020}
        """;

    public static string Confirm(Meeting meeting, string name, string? signedInAt) =>
        Page("签到", Header(meeting) + $"<p class=\"who\">参会人：{Escape(name)}</p>" + (signedInAt is null
            ? "<form method=\"post\"><button type=\"submit\">确认签到</button></form>"
            : $"<p class=\"done\">您已于{Escape(signedInAt)}签到。</p>"));

    public static string Done(Meeting meeting, string name, DateTimeOffset at) =>
        Page("签到成功", Header(meeting) + $"<p class=\"who\">参会人：{Escape(name)}</p><p class=\"done\">签到成功（{Escape(Local(meeting, at))}）。</p>");

    public static string Refused(Meeting meeting, string message) =>
        Page("未能签到", Header(meeting) + $"<p class=\"refused\">{Escape(message)}</p>");

    public static string Invalid() =>
        Page("签到链接无效或已过期", "<p>这个签到链接无效或已过期（签到链接只在会议当天有效）。</p><p>请在与会议机器人的私聊中发送“签到”获取新的链接，或扫描会场签到表上的二维码。</p>");

    public static string SignInFirst(string signInUrl) =>
        Page("请先登录", $"<p>这是会议的签到二维码，需要先登录才能确认您的身份。</p><p><a href=\"{Escape(signInUrl)}\">登录</a>后请再次扫码签到；也可在与会议机器人的私聊中发送“签到”。</p>");

    public static string Page(string title, string body) =>
        new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(Escape(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>").Append(Escape(title)).Append("</h1>").Append(body).Append("</main></body></html>").ToString();

    public static string Header(Meeting meeting) =>
        $"<p class=\"meta\">{Escape(meeting.Theme)}<br>{Escape(meeting.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} · {Escape(meeting.Place)}</p>";

    public static string Local(Meeting meeting, DateTimeOffset at) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? WallClock.ToLocal(at, zone).ToString("HH:mm", CultureInfo.InvariantCulture) : at.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
