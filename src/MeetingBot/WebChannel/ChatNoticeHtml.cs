using System.Net;
using MeetingBot.Hosting;
using MeetingBot.Localization;

namespace MeetingBot.WebChannel;

/// <summary>
/// Renders a <see cref="ChatNotice"/> as a small page that stands alone (no script, its style allowed by a nonce),
/// readable on a phone, with the /chat header set.
/// </summary>
public static class ChatNoticeHtml
{
    public static IResult Result(HttpResponse response, ChatNotice notice, UserLocale locale, int statusCode)
    {
        var nonce = PageHeaders.NewNonce();
        PageHeaders.Apply(response, $"default-src 'none'; style-src 'nonce-{nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        return Results.Content(Render(notice, locale, nonce), "text/html; charset=utf-8", statusCode: statusCode);
    }

    public static string Render(ChatNotice notice, UserLocale locale, string nonce)
    {
        var html = new System.Text.StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"").Append(locale == UserLocale.En ? "en" : "zh-CN").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>").Append(Encode(notice.Title)).Append(" · MeetingBot</title>\n")
            .Append("<style nonce=\"").Append(nonce).Append("\">")
            .Append("body{margin:0;font-family:-apple-system,\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;background:#f4f5f7;color:#1f2328}")
            .Append("header{background:#b71c1c;color:#fff;padding:12px 16px;font-size:18px;font-weight:600}")
            .Append("main{margin:24px 16px;padding:20px;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);max-width:560px}")
            .Append("h1{font-size:20px;margin:0 0 12px}p{font-size:16px;line-height:1.7;margin:0 0 12px}")
            .Append("a.action{display:inline-block;margin-top:8px;padding:10px 18px;background:#b71c1c;color:#fff;border-radius:6px;text-decoration:none;font-size:16px}")
            .Append("</style>\n</head>\n<body>\n<header>").Append(locale == UserLocale.En ? "MeetingBot" : "会议助手").Append("</header>\n<main>\n<h1>")
            .Append(Encode(notice.Title)).Append("</h1>\n");
        foreach (var paragraph in notice.Paragraphs)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        }

        if (notice.ActionText is { } text && notice.ActionHref is { } href)
        {
            html.Append("<p><a class=\"action\" href=\"").Append(Encode(href)).Append("\">").Append(Encode(text)).Append("</a></p>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
