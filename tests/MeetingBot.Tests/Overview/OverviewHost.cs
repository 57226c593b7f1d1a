using System.Security.Claims;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.WebChannel.SignIn;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Overview;

/// <summary>
/// A county of three units on one deployment: 某县 (its 组织部 overseer), 东镇党委 (a member, and a meeting whose
/// outline draft holds <see cref="Sentinel"/>) and 西镇党委 with 西村支部 below it (its own overseer, and a meeting in
/// the branch). Sign-in is on; a signed-in browser is made by sealing the sign-in cookie as the service does.
/// </summary>
public sealed class OverviewHost : IDisposable
{
    public const string County = "某县";
    public const string TownA = "某县/东镇党委";
    public const string TownB = "某县/西镇党委";
    public const string BranchB = "某县/西镇党委/西村支部";
    public const string Sentinel = "SENTINEL-提纲草稿-7f3";
    public const string ThemeA = "东镇党委2026年度专题民主生活会";
    public const string ThemeB = "西村支部2026年度组织生活会";

    public OverviewHost()
    {
        Factory = MeetingBotFactory.WithSignIn();
    }

    public MeetingBotFactory Factory { get; }

    public DirectoryPerson CountyOverseer { get; private set; } = null!;

    public DirectoryPerson TownBOverseer { get; private set; } = null!;

    public DirectoryPerson TownAMember { get; private set; } = null!;

    public Meeting MeetingA { get; private set; } = null!;

    public Meeting MeetingB { get; private set; } = null!;

    public DateOnly ReportedOn { get; private set; }

    public async Task SeedAsync()
    {
        var services = Factory.Services;
        CountyOverseer = await TestDirectory.WebChatPersonAsync(services, "dl_county", "周组织", County, OrganisationRole.Overseer);
        TownBOverseer = await TestDirectory.WebChatPersonAsync(services, "dl_townb", "西镇组织委员", TownB, OrganisationRole.Overseer);
        TownAMember = await TestDirectory.WebChatPersonAsync(services, "dl_towna", "东镇干部", TownA);
        var secretaryA = await TestDirectory.WebChatPersonAsync(services, "dl_sec_a", "东镇秘书", TownA, OrganisationRole.Organiser);
        var secretaryB = await TestDirectory.WebChatPersonAsync(services, "dl_sec_b", "西村秘书", BranchB, OrganisationRole.Organiser);

        var template = services.GetRequiredService<TemplateLibrary>().Find("democratic-life-meeting")!;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        MeetingA = await CreateAsync("ma-" + Guid.NewGuid().ToString("N")[..6], ThemeA, TownA, secretaryA, "dl_a", template, now);
        MeetingB = await CreateAsync("mb-" + Guid.NewGuid().ToString("N")[..6], ThemeB, BranchB, secretaryB, "dl_b", template, now);

        // What the superior may see (the report upward) and what it must never see (an outline draft).
        var storage = services.GetRequiredService<IStorage>();
        ReportedOn = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var secretary = new Actor(secretaryA.WebChatUserId, secretaryA.Name, MeetingA.TenantId);
        var report = new Submit(0, "report-upward", null, new ReportUpward(ReportedOn, "县委组织部", ThemeA, MeetingA.LocalStart, null))
            .Decide(MeetingA, template, null, secretary, now);
        Assert.True(report.IsSuccess, report.IsSuccess ? null : report.Failure.Code);
        await storage.WriteAsync(DocumentKeys.Of(report.Value.Id), report.Value, WriteCondition.IfAbsent);
        var draft = new SaveDraft(0, "criticism-outline", "dl_a_m2", new CriticismOutline([new OutlinePoint("party-spirit", Sentinel, Sentinel)]))
            .Decide(MeetingA, template, null, new Actor("dl_a_m1", "东镇委员甲", MeetingA.TenantId), now);
        Assert.True(draft.IsSuccess, draft.IsSuccess ? null : draft.Failure.Code);
        await storage.WriteAsync(DocumentKeys.Of(draft.Value.Id), draft.Value, WriteCondition.IfAbsent);
    }

    /// <summary>A client whose browser holds the sign-in cookie naming <paramref name="person"/>.</summary>
    public HttpClient SignedIn(DirectoryPerson person)
    {
        var cookie = Factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(SignInSchemes.Cookie);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SignInSchemes.PersonIdClaim, person.Id), new Claim(SignInSchemes.NameClaim, person.Name)], SignInSchemes.Cookie));
        var sealedTicket = cookie.TicketDataFormat.Protect(new AuthenticationTicket(principal, SignInSchemes.Cookie));
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{SignInSchemes.CookieName}={sealedTicket}");
        return client;
    }

    public void Dispose() => Factory.Dispose();

    private async Task<Meeting> CreateAsync(string id, string theme, string unit, DirectoryPerson secretary, string prefix, ProcessTemplate template, DateTimeOffset now)
    {
        var start = now.UtcDateTime.AddDays(40).Date.AddHours(9);
        var create = new CreateMeeting(id, theme, start, "三楼会议室", null,
            new Person(prefix + "_lead", "书记"), [new Person(prefix + "_m1", "委员甲"), new Person(prefix + "_m2", "委员乙")], [], [])
        {
            Unit = unit,
        };
        var meeting = create.Decide(template, new Actor(secretary.WebChatUserId, secretary.Name, "channel:directline"), now).Value;
        await Factory.Services.GetRequiredService<IStorage>().WriteAsync(DocumentKeys.Of(DocumentId.Meeting(meeting.Id)), meeting, WriteCondition.IfAbsent);
        await Factory.Services.GetRequiredService<MeetingDirectory>().AddToUnitAsync(unit, meeting.Id, CancellationToken.None);
        return meeting;
    }
}
