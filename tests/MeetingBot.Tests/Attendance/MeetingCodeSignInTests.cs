using System.Net;
using System.Security.Claims;
using MeetingBot.Attendance;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.People;
using MeetingBot.WebChannel.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Attendance;

/// <summary>
/// The meeting's own QR code signs in whoever scans it as the person signed in to the web (the sign-in cookie names a
/// directory person, matched to the participant by any id the directory knows him by); never someone not on the roster.
/// </summary>
public sealed class MeetingCodeSignInTests : IDisposable
{
    private readonly MeetingBotFactory _factory = MeetingBotFactory.WithSignIn();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ASignedInParticipant_SignsInWithTheMeetingsCode_AndAStrangerIsRefused()
    {
        var services = _factory.Services;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var member = await TestDirectory.WebChatPersonAsync(services, "dl_m_" + suffix, "赵敏");
        var stranger = await TestDirectory.WebChatPersonAsync(services, "dl_x_" + suffix, "路人甲");
        var meeting = await TodayAsync(services, suffix, member);
        var url = new Uri(await services.GetRequiredService<SignInLinks>().MeetingCodeAsync(meeting)).PathAndQuery;

        using var anonymous = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using (var asked = await anonymous.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, asked.StatusCode);
            Assert.Contains("/chat/signin", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var outsider = SignedIn(stranger);
        using (var refused = await outsider.PostAsync(url, null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("你不是这个会议的参会人员。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var browser = SignedIn(member);
        Assert.Contains("参会人：赵敏", await browser.GetStringAsync(url), StringComparison.Ordinal);
        using (var done = await browser.PostAsync(url, null))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Contains("签到成功", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var minutes = (await services.GetRequiredService<MeetingRepository>().GetDossierAsync(null, meeting.Id, CancellationToken.None))!.Minutes!;
        Assert.Equal((member.WebChatUserId, SignInVia.MeetingCode), (minutes.SignIns.Single().UserId, minutes.SignIns.Single().Via));
    }

    /// <summary>A meeting of today (its own clock), confirmed, with the member under his web chat id.</summary>
    private static async Task<Meeting> TodayAsync(IServiceProvider services, string suffix, DirectoryPerson member)
    {
        var template = services.GetRequiredService<TemplateLibrary>().Find("democratic-life-meeting")!;
        var now = DateTimeOffset.UtcNow;
        var create = new CreateMeeting("code-" + suffix, "专题民主生活会", now.UtcDateTime.AddDays(40).Date.AddHours(1), "会议室", null,
            new Person("lead-" + suffix, "书记"), [new Person(member.WebChatUserId, member.Name), new Person("m2-" + suffix, "钱二")], [], []);
        var created = create.Decide(template, new Actor("sec-" + suffix, "秘书", "channel:directline"), now).Value;
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(created.TimeZoneId)).DateTime;
        var today = created with
        {
            LocalStart = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0),
            StartsAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero),
            Status = MeetingStatus.Confirmed,
        };
        var saved = await services.GetRequiredService<MeetingRepository>().UpdateAsync<Meeting>(null, DocumentId.Meeting(today.Id), _ => today, CancellationToken.None);
        Assert.True(saved.IsSuccess, saved.ToString());
        return saved.Value;
    }

    /// <summary>A client whose browser holds the sign-in cookie naming <paramref name="person"/>, sealed as the service seals it.</summary>
    private HttpClient SignedIn(DirectoryPerson person)
    {
        var cookie = _factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(SignInSchemes.Cookie);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SignInSchemes.PersonIdClaim, person.Id), new Claim(SignInSchemes.NameClaim, person.Name)], SignInSchemes.Cookie));
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{SignInSchemes.CookieName}={cookie.TicketDataFormat.Protect(new AuthenticationTicket(principal, SignInSchemes.Cookie))}");
        return client;
    }
}
