using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Overview;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace MeetingBot.Tests.Overview;

/// <summary>
/// The superior committee's view through the whole HTTP pipeline (sign-in cookie → page, export, chat command): the
/// county's overseer sees every unit below, a member of one unit and the overseer of another branch of the tree see
/// nothing of a unit that is not theirs, and no outline draft ever shows.
/// </summary>
public sealed class OverviewPageTests : IDisposable
{
    private readonly OverviewHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task TheCountysOverseer_SeesEveryUnitBelow_WithWhatWasReportedUpward_AndNoContent()
    {
        await _host.SeedAsync();
        using var client = _host.SignedIn(_host.CountyOverseer);

        using var response = await client.GetAsync(OverviewPage.Path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains(OverviewHost.ThemeA, html, StringComparison.Ordinal);
        Assert.Contains(OverviewHost.ThemeB, html, StringComparison.Ordinal);
        Assert.Contains(OverviewHost.BranchB, html, StringComparison.Ordinal);
        var ahead = DateOnly.FromDateTime(_host.MeetingA.LocalStart).DayNumber - _host.ReportedOn.DayNumber;
        Assert.Contains($"提前{ahead}天，要求10天，按时", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewHost.Sentinel, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        using var filtered = await client.GetAsync(OverviewPage.Path + "?status=held");
        Assert.DoesNotContain(OverviewHost.ThemeA, await filtered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberOfOneUnit_AndTheOverseerOfAnotherBranch_SeeNothingOfAUnitNotTheirs()
    {
        await _host.SeedAsync();
        using var member = _host.SignedIn(_host.TownAMember);
        using var sibling = _host.SignedIn(_host.TownBOverseer);

        using var memberPage = await member.GetAsync(OverviewPage.Path);
        using var memberExport = await member.GetAsync(OverviewPage.ExportPath);
        using var memberUnit = await member.GetAsync(OverviewPage.UnitLink(OverviewHost.TownA));
        var siblingPage = await (await sibling.GetAsync(OverviewPage.Path)).Content.ReadAsStringAsync();
        using var siblingUnit = await sibling.GetAsync(OverviewPage.UnitLink(OverviewHost.TownA));
        var siblingRows = await RowsAsync(sibling, OverviewPage.ExportPath);

        Assert.Equal(HttpStatusCode.Forbidden, memberPage.StatusCode);
        Assert.Contains("上级党委", await memberPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, memberExport.StatusCode);
        Assert.NotEqual("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", memberExport.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, memberUnit.StatusCode);

        Assert.Contains(OverviewHost.ThemeB, siblingPage, StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewHost.ThemeA, siblingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("东镇", siblingPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, siblingUnit.StatusCode);
        var unitRefusal = await siblingUnit.Content.ReadAsStringAsync();
        Assert.DoesNotContain(OverviewHost.ThemeA, unitRefusal, StringComparison.Ordinal);
        Assert.Equal([OverviewHost.BranchB], siblingRows.Select(r => r["单位"]?.ToString()));

        var memberChat = await SayAsync(_host.TownAMember.WebChatUserId, "各单位进度");
        var siblingChat = await SayAsync(_host.TownBOverseer.WebChatUserId, "各单位进度");
        var siblingAsksForA = await SayAsync(_host.TownBOverseer.WebChatUserId, "units 某县/东镇党委", "en-US");

        Assert.Contains("上级党委", Assert.Single(memberChat), StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewHost.ThemeA, string.Join("\n", siblingChat), StringComparison.Ordinal);
        Assert.Contains(OverviewHost.ThemeB, string.Join("\n", siblingChat), StringComparison.Ordinal);
        var refusal = Assert.Single(siblingAsksForA);
        Assert.Contains("not below the unit you oversee", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewHost.ThemeA, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExport_HoldsTheStoredData_OneRowPerUnitsMeeting()
    {
        await _host.SeedAsync();
        using var client = _host.SignedIn(_host.CountyOverseer);
        var services = _host.Factory.Services;
        var dossier = (await services.GetRequiredService<MeetingRepository>().GetDossierAsync(null, _host.MeetingA.Id, CancellationToken.None))!;
        var template = services.GetRequiredService<TemplateLibrary>().Find(dossier.Meeting.TemplateId)!;
        var gaps = ReadinessAssessment.Assess(dossier, template, services.GetRequiredService<TimeProvider>().GetUtcNow()).Gaps;

        var rows = await RowsAsync(client, OverviewPage.ExportPath);

        Assert.Equal([OverviewHost.TownA, OverviewHost.BranchB], rows.Select(r => r["单位"]?.ToString()));
        var a = rows[0];
        Assert.Equal(OverviewHost.ThemeA, a["主题"]?.ToString());
        Assert.Equal(_host.MeetingA.LocalStart.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), a["会议时间"]?.ToString());
        Assert.Equal(_host.ReportedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a["报告上级日期"]?.ToString());
        Assert.Equal("是", a["是否按时上报"]?.ToString());
        Assert.Equal(OverviewHost.ThemeA, a["上报主题"]?.ToString());
        Assert.Equal(gaps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), a["准备缺项数"]?.ToString());
        Assert.Equal(string.Join("；", gaps.Select(g => g.Text.ZhCn)), a["准备缺项"]?.ToString());
        Assert.Equal("筹备中", a["状态"]?.ToString());
        Assert.Equal(("未召开", "未提交", "0"), (a["召开日期"]?.ToString(), a["专题报告"]?.ToString(), a["整改任务数"]?.ToString()));
        Assert.Equal("—", rows[1]["报告上级日期"]?.ToString());
        Assert.Equal("否", rows[1]["是否按时上报"]?.ToString());
        Assert.All(rows, r => Assert.DoesNotContain(OverviewHost.Sentinel, string.Join("|", r.Values), StringComparison.Ordinal));

        var reportedFirst = await RowsAsync(client, OverviewPage.ExportPath + "?sort=reported");
        Assert.Equal(OverviewHost.TownA, reportedFirst[0]["单位"]?.ToString());
        var byUnitDescending = await RowsAsync(client, OverviewPage.ExportPath + "?sort=unit&desc=1");
        Assert.Equal([OverviewHost.BranchB, OverviewHost.TownA], byUnitDescending.Select(r => r["单位"]?.ToString()));
    }

    [Fact]
    public async Task AUnitsOwnPage_ShowsWhatItReportedUpward_AndNoOutline()
    {
        await _host.SeedAsync();
        using var client = _host.SignedIn(_host.CountyOverseer);

        using var response = await client.GetAsync(OverviewPage.UnitLink(OverviewHost.TownA));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("县委组织部", html, StringComparison.Ordinal);
        Assert.Contains("专题报告经督导组审核并报送上级后在此显示", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewHost.ThemeB, html, StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewHost.Sentinel, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotSignedIn_ThePageSaysHowToSignIn_AndShowsNothing()
    {
        await _host.SeedAsync();
        using var client = _host.Factory.CreateClient();

        using var page = await client.GetAsync(OverviewPage.Path);
        using var export = await client.GetAsync(OverviewPage.ExportPath);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
        Assert.Contains("/chat/signin?back=overview", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewHost.ThemeA, html, StringComparison.Ordinal);
    }

    private static async Task<List<IDictionary<string, object>>> RowsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OverviewExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }

    private async Task<List<string>> SayAsync(string userId, string text, string locale = "zh-CN")
    {
        using var client = _host.Factory.CreateClient();
        var message = ActivityJson.Message(text, "directline").In(locale).ExpectingReplies();
        message["from"] = new JsonObject { ["id"] = userId, ["name"] = userId };
        message["conversation"] = new JsonObject { ["id"] = "dm-" + userId };
        return await SeededMeeting.SendAsync(client, message);
    }
}
