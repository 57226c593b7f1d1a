using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using MeetingBot.DingTalk.Actions;
using MeetingBot.DingTalk.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.DingTalk.Tests.Actions;

/// <summary>
/// A card button's action page through the host's HTTP pipeline: the page shows what the button does and runs nothing;
/// its confirmation runs the card action once, as the person the card was sent to, answered in his 1:1 chat. A link
/// that expired, was pressed before, was changed (another person put in it) or signed by another key is refused with
/// a Chinese page saying what to do, and nothing is sent to anyone.
/// </summary>
public sealed class ActionLinkPageTests(StreamBed bed) : IClassFixture<StreamBed>
{
    private static readonly JsonElement Help = JsonSerializer.SerializeToElement(new { command = "帮助" });

    [Fact]
    public async Task ThePage_AsksBeforeRunning_ThenTheConfirmationRunsTheActionOnce()
    {
        await bed.Host.AddPersonAsync("act001", "赵敏");
        var path = PathFor("act001");
        using var client = bed.Host.CreateClient();
        var before = bed.Platform.Deliveries.Count;

        using var shown = await client.GetAsync(path);
        var page = await shown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("确认执行“帮助”", page, StringComparison.Ordinal);
        Assert.Contains("“会议助手”", page, StringComparison.Ordinal); // the card's title, nothing more of it
        Assert.Equal("no-store", shown.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", shown.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", shown.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", shown.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, bed.Platform.Deliveries.Count); // opening the page runs nothing

        var (status, done) = await ActionPage.PostAsync(client, path, ActionPage.FormNonceOf(page));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已提交“帮助”", done, StringComparison.Ordinal);
        var answered = bed.Platform.Deliveries.Skip(before).ToList();
        Assert.NotEmpty(answered);
        Assert.All(answered, d => Assert.Equal("act001", d.UserId)); // the help, in his 1:1 chat only

        // Pressed again (the page reloaded and posted, or the link opened once more): refused, nothing sent.
        var again = await ActionPage.PostAsync(client, path, ActionPage.FormNonceOf(page));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("已经按过", again.Html, StringComparison.Ordinal);
        using var reopened = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        Assert.Equal(answered.Count, bed.Platform.Deliveries.Skip(before).Count());
    }

    [Fact]
    public async Task AnExpiredLink_IsRefused_AndNothingRuns()
    {
        await bed.Host.AddPersonAsync("act002", "钱军");
        var links = bed.Host.Services.GetRequiredService<ActionLinks>();
        var stale = new ActionLink("act002", "user:act002", Help, "帮助", "会议助手", DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), "00112233445566778899AABBCCDDEEFF");
        await AssertRefusedAsync(ActionLinks.PathPrefix + links.Sign(stale), HttpStatusCode.Gone, "已过期", "act002");
    }

    [Fact]
    public async Task ALinkChangedToActAsAnotherPerson_IsRefused_AndNothingRunsForEither()
    {
        await bed.Host.AddPersonAsync("act003", "孙丽");
        await bed.Host.AddPersonAsync("act004", "周强");
        var token = ActionPage.TokenOf(PathFor("act003"));
        var parts = token.Split('.'); // header.payload.signature
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("act003", "act004", StringComparison.Ordinal);
        var swapped = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        await AssertRefusedAsync(ActionLinks.PathPrefix + swapped, HttpStatusCode.Forbidden, "链接无效", "act003", "act004");
    }

    [Fact]
    public async Task ALinkSignedWithAnotherKey_OrNoTokenAtAll_IsRefused()
    {
        await bed.Host.AddPersonAsync("act005", "吴刚");
        var settings = new DingTalkOptions { ClientSecret = "another-deployment's-secret", PublicBaseUrl = DingTalkHost.PublicBaseUrl };
        var foreign = new ActionLinks(Microsoft.Extensions.Options.Options.Create(settings), TimeProvider.System);
        var path = ActionPage.PathOf(foreign.ButtonUrl("act005", "user:act005", Help, "帮助", "会议助手"))!;
        await AssertRefusedAsync(path, HttpStatusCode.Forbidden, "链接无效", "act005");
        await AssertRefusedAsync(ActionLinks.PathPrefix + "not-a-token", HttpStatusCode.Forbidden, "链接无效", "act005");
    }

    [Fact]
    public async Task ThePagesFormNonce_TakenAsALink_IsRefused()
    {
        await bed.Host.AddPersonAsync("act007", "冯敏");
        using var client = bed.Host.CreateClient();
        var nonce = ActionPage.FormNonceOf(await client.GetStringAsync(PathFor("act007")))!;
        await AssertRefusedAsync(ActionLinks.PathPrefix + nonce, HttpStatusCode.Forbidden, "链接无效", "act007");
    }

    [Fact]
    public async Task APostWithoutThePagesNonce_IsRefused_AndTheLinkStillWorksFromItsPage()
    {
        await bed.Host.AddPersonAsync("act006", "郑华");
        var path = PathFor("act006");
        using var client = bed.Host.CreateClient();
        var before = bed.Platform.Deliveries.Count;
        var forged = await ActionPage.PostAsync(client, path, nonce: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(before, bed.Platform.Deliveries.Count);

        var (status, _) = await ActionPage.ConfirmAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(bed.Platform.Deliveries.Skip(before), d => d.UserId == "act006");
    }

    [Fact]
    public async Task ALinkOfSomeoneTheDirectoryDoesNotKnow_RunsNothingButTheGatesRefusal()
    {
        var path = PathFor("stranger9");
        using var client = bed.Host.CreateClient();
        var before = bed.Platform.Deliveries.Count;
        await ActionPage.ConfirmAsync(client, path);
        var sent = Assert.Single(bed.Platform.Deliveries.Skip(before));
        Assert.Equal("stranger9", sent.UserId);
        Assert.Contains("不在本服务的人员名录中", sent.Text, StringComparison.Ordinal); // the directory gate's polite refusal
    }

    private string PathFor(string staffId) => ActionPage.PathOf(bed.Host.Services.GetRequiredService<ActionLinks>()
        .ButtonUrl(staffId, "user:" + staffId, Help, "帮助", "会议助手"))!;

    private async Task AssertRefusedAsync(string path, HttpStatusCode status, string says, params string[] nobody)
    {
        using var client = bed.Host.CreateClient();
        var before = bed.Platform.Deliveries.Count;
        using var shown = await client.GetAsync(path);
        Assert.Equal(status, shown.StatusCode);
        Assert.Contains(says, await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", shown.Headers.CacheControl?.ToString());
        var pressed = await ActionPage.PostAsync(client, path, "whatever");
        Assert.Equal(status, pressed.Status);
        Assert.Contains(says, pressed.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(bed.Platform.Deliveries.Skip(before), d => nobody.Contains(d.UserId));
        Assert.Equal(before, bed.Platform.Deliveries.Count);
    }
}
