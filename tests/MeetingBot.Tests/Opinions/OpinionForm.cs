using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Chat.Meetings;

namespace MeetingBot.Tests.Opinions;

/// <summary>The public opinion form as a browser uses it: open the link the office got, fill the form in, send it.</summary>
public static partial class OpinionForm
{
    /// <summary>The office opens the collection (征求意见, or 征求意见 班子材料) and returns the link's path.</summary>
    public static async Task<string> OpenAsync(MeetingTestBed bed, HttpClient client, string command = "征求意见", string locale = "zh-CN")
    {
        var reply = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Secretary, command, locale: locale));
        return LinkPattern().Match(reply) is { Success: true } match
            ? new Uri(match.Value).PathAndQuery
            : throw new Xunit.Sdk.XunitException("No opinion link in: " + reply);
    }

    /// <summary>GETs the form and returns its hidden form token.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return FormToken().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new Xunit.Sdk.XunitException("No form token in: " + html);
    }

    /// <summary>Sends the form as the page would (a fresh token unless one is given); returns the status and the page.</summary>
    /// <param name="forwardedFor">As a reverse proxy in front would say who is posting.</param>
    public static async Task<(HttpStatusCode Status, string Html)> SendAsync(
        HttpClient client, string path, string text, string name = "", string to = "0", string? token = null, string? forwardedFor = null)
    {
        token ??= await TokenAsync(client, path);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = text, ["name"] = name, ["to"] = to, ["form"] = token }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The value the form's addressee list gives a member: his place in the roster's members (the lead is first).</summary>
    public static string PlaceOf(Meeting meeting, Actor member) =>
        (meeting.Members.Select(p => p.UserId).ToList().IndexOf(member.UserId) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://\S+/opinions/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"form\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex FormToken();
}
