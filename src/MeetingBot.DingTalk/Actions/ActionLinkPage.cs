using System.Net;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// The small server-rendered page a card button opens: phone-first, no scripts, nothing from elsewhere, never cached
/// or framed, and no referrer (the token is in its address). It repeats only what the card showed: its title and the
/// button's.
/// </summary>
public static class ActionLinkPage
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IResult Confirm(ActionLink link, string formNonce) => Html(StatusCodes.Status200OK,
        Paragraph(ActionLinkTexts.Ask(link.Card, link.Button))
        + "<form method=\"post\"><input type=\"hidden\" name=\"" + ActionLinkEndpoint.FormField + "\" value=\"" + Encode(formNonce) + "\">"
        + "<button type=\"submit\">" + Encode(ActionLinkTexts.ConfirmButton(link.Button)) + "</button></form>");

    public static IResult Done(ActionLink link) =>
        Html(StatusCodes.Status200OK, Paragraph(ActionLinkTexts.Done(link.Button)));

    public static IResult Refused(ActionLinkCheck check) => check switch
    {
        ActionLinkCheck.Expired => Html(StatusCodes.Status410Gone, Paragraph(ActionLinkTexts.Expired)),
        ActionLinkCheck.Used => Html(StatusCodes.Status409Conflict, Paragraph(ActionLinkTexts.Used)),
        ActionLinkCheck.Forged => Html(StatusCodes.Status400BadRequest, Paragraph(ActionLinkTexts.Forged)),
        _ => Html(StatusCodes.Status403Forbidden, Paragraph(ActionLinkTexts.Tampered)),
    };

    private static string Paragraph(string text) => "<p>" + Encode(text) + "</p>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static IResult Html(int status, string body) => new PageResult(status,
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"no-referrer\"><title>" + ActionLinkTexts.PageTitle + "</title>"
        + "<style>body{font:18px/1.6 system-ui,sans-serif;margin:0;padding:24px 16px;max-width:36em}"
        + "button{display:block;width:100%;padding:14px;font-size:18px;border:0;border-radius:8px;background:#1677ff;color:#fff}</style>"
        + "</head><body><h1 style=\"font-size:20px\">" + ActionLinkTexts.PageTitle + "</h1>" + body + "</body></html>");

    private sealed class PageResult(int status, string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers.XFrameOptions = "DENY";
            response.Headers.ContentSecurityPolicy = Policy;
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers.XContentTypeOptions = "nosniff";
            return response.WriteAsync(html, httpContext.RequestAborted);
        }
    }
}
