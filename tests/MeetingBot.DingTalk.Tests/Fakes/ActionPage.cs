using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.DingTalk.Actions;

namespace MeetingBot.DingTalk.Tests.Fakes;

/// <summary>
/// What the DingTalk client does with an action card button whose URL is <c>dingtalk://dingtalkclient/page/link</c>:
/// opens the (urlencoded) page inside the client; the person reads it and presses its confirmation button.
/// </summary>
public static partial class ActionPage
{
    public const string LinkScheme = "dingtalk://dingtalkclient/page/link?url=";

    /// <summary>The page's path and query on the service, when the button opens one of its action pages.</summary>
    public static string? PathOf(string buttonUrl)
    {
        if (!buttonUrl.StartsWith(LinkScheme, StringComparison.Ordinal))
        {
            return null;
        }

        var query = buttonUrl[LinkScheme.Length..];
        Assert.EndsWith("&pc_slide=true", query, StringComparison.Ordinal);
        var page = new Uri(Uri.UnescapeDataString(query[..query.IndexOf('&', StringComparison.Ordinal)]));
        Assert.StartsWith(ActionLinks.PathPrefix, page.AbsolutePath, StringComparison.Ordinal);
        return page.PathAndQuery;
    }

    public static string TokenOf(string path) => path[ActionLinks.PathPrefix.Length..];

    /// <summary>Opens the page and, when it offers the confirmation form, posts it as the page would.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> ConfirmAsync(HttpClient client, string path)
    {
        using var shown = await client.GetAsync(path);
        var html = await shown.Content.ReadAsStringAsync();
        if (FormNonceOf(html) is not { } nonce)
        {
            return (shown.StatusCode, html);
        }

        return await PostAsync(client, path, nonce);
    }

    public static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string path, string? nonce)
    {
        using var form = new FormUrlEncodedContent(nonce is null ? [] : [new(ActionLinkEndpoint.FormField, nonce)]);
        using var pressed = await client.PostAsync(path, form);
        return (pressed.StatusCode, await pressed.Content.ReadAsStringAsync());
    }

    public static string? FormNonceOf(string html) =>
        NonceField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"nonce\" value=\"([^\"]+)\"")]
    private static partial Regex NonceField();
}
