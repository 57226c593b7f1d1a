using System.Net;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using MeetingBot.WebChannel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.WebChannel;

/// <summary>
/// /chat itself: its security headers, and the page a link that no longer works gets instead of a chat that cannot
/// connect (expired, revoked, altered), naming the meeting's secretary, in Chinese unless the browser prefers English.
/// </summary>
public sealed class ChatPageTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly MeetingBotFactory _factory;

    public ChatPageTests() => _factory = MeetingBotFactory.WithClock(_clock);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Chat_SendsItsContentSecurityPolicy_NoSniff_NoReferrer_AndNoStore()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/chat");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task EachResponse_HasItsOwnStyleNonce()
    {
        using var client = _factory.CreateClient();

        using var first = await client.GetAsync("/chat");
        using var second = await client.GetAsync("/chat");

        Assert.NotEqual(Nonce(first), Nonce(second));
    }

    [Fact]
    public async Task AnExpiredLink_ShowsThatItExpired_AndNamesTheSecretaryToAsk()
    {
        // A meeting's link lasts until its rectification is over; the page shows that moment in Beijing time.
        var (code, invitation) = await InviteAsync();
        _clock.SetUtcNow(invitation.ExpiresAt.AddMinutes(1));
        var expired = TimeZoneInfo.ConvertTime(invitation.ExpiresAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/chat?invite=" + Uri.EscapeDataString(code));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("<h1>邀请链接已过期</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"已于{expired.Year}年{expired.Month}月{expired.Day}日 {expired:HH:mm}到期", html, StringComparison.Ordinal);
        Assert.Contains("请联系会议秘书秘书，请其为您重新发送邀请链接", html, StringComparison.Ordinal);
        Assert.DoesNotContain("webchat.js", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedLink_SaysItWasRevoked_InEnglishWhenTheBrowserPrefersIt()
    {
        var (code, invitation) = await InviteAsync();
        await _factory.Services.GetRequiredService<InvitationStore>().RevokeAsync(invitation.Id, _clock.GetUtcNow(), CancellationToken.None);
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chat?invite=" + Uri.EscapeDataString(code));
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,zh-CN;q=0.5");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("This invitation link has been revoked", html, StringComparison.Ordinal);
        Assert.Contains("Ask the meeting&#39;s secretary, 秘书, to send you a new link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlteredLink_IsInvalid_AndSaysToOpenTheWholeLink()
    {
        var (code, _) = await InviteAsync();
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/chat?invite=" + Uri.EscapeDataString(code[..^3] + "xyz"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("邀请链接无效", html, StringComparison.Ordinal);
        Assert.Contains("请联系会议秘书（领导小组办公室）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWorkingLink_GetsTheChatPage_NotANotice()
    {
        var (code, _) = await InviteAsync();
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/chat?invite=" + Uri.EscapeDataString(code));

        Assert.NotEqual(HttpStatusCode.Gone, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("邀请链接", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(string Code, Invitation Invitation)> InviteAsync()
    {
        var seeded = await SeededMeeting.CreateAsync(_factory);
        var dossier = await _factory.Services.GetRequiredService<MeetingBot.Meetings.Storage.MeetingRepository>().GetDossierAsync(null, seeded.Meeting.Id, CancellationToken.None);
        var issued = (await _factory.Services.GetRequiredService<InvitationIssuer>()
            .IssueAsync(dossier, SeededMeeting.PersonId(seeded.Member(1)), issuedBy: null, CancellationToken.None)).Value;
        return (Uri.UnescapeDataString(new Uri(issued.Link).Query.Split("invite=")[1]), issued.Invitation);
    }

    private static string Nonce(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split("'nonce-")[1].Split('\'')[0];
}
