using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;
using MeetingBot.DingTalk.Tests.Fakes;
using MeetingBot.Testing.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.DingTalk.Tests.Logging;

/// <summary>
/// The Client Secret, the access tokens (sent in the <c>x-acs-dingtalk-access-token</c> header) and the Stream tickets
/// (in the WebSocket URL) never reach a log, with every category at Trace — HttpClient's request, header and scope
/// lines, the resilience pipeline's — on the good path and on the error paths: an expired token, a person who left,
/// a throttled call, a callback with a wrong signature — nor a card button's action link (a press as its person).
/// </summary>
public sealed class SecretsNeverLoggedTests
{
    [Fact]
    public async Task NoSecretTokenOrTicket_IsLogged_OnAnyPath()
    {
        var logs = new CapturedLogs();
        await using var platform = await FakeDingTalk.StartAsync();
        await using var host = new DingTalkHost(platform, "Stream", logs);
        _ = host.Services;
        await platform.WaitConnectedAsync();
        await host.AddPersonAsync("zw009", "张伟");
        var chat = new DingTalkChat(platform);

        Assert.NotEmpty(await chat.PrivatelyAsync("zw009", "张伟", "帮助"));
        platform.ExpireTokens();
        Assert.NotEmpty(await chat.PrivatelyAsync("zw009", "张伟", "帮助"));
        Assert.NotEmpty(await chat.PrivatelyAsync("stranger09", "路人", "帮助")); // the refusal

        platform.LeftUsers["left009"] = true;
        var sender = host.Services.GetRequiredService<ProactiveSender>();
        Assert.Equal(PushOutcome.Unreachable, await sender.SendAsync(Push(platform, "left009"), CancellationToken.None));
        // Throttled: put off (busy), not given up.
        platform.ApiCallsPerSecond = 0;
        var throttled = await sender.SendAsync(Push(platform, "zw009"), CancellationToken.None);
        platform.ApiCallsPerSecond = 1000;
        Assert.True(platform.Refusals > 0);
        Assert.NotEqual(PushOutcome.Unreachable, throttled);

        // A card button's action page, opened and confirmed: its token (a press as zw009) is a credential too; being
        // base64url JSON, signed (eyJ….…), the host's log redaction takes it out as it does any JWT-shaped value.
        var page = ActionPage.PathOf(host.Services.GetRequiredService<MeetingBot.DingTalk.Actions.ActionLinks>().ButtonUrl(
            "zw009", "user:zw009", System.Text.Json.JsonSerializer.SerializeToElement(new { command = "帮助" }), "帮助", "会议助手"))!;
        using (var client = host.CreateClient())
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await ActionPage.ConfirmAsync(client, page)).Status);
        }

        var all = logs.All;
        Assert.Contains("/dingtalk/actions/", all, StringComparison.Ordinal);
        Assert.DoesNotContain(ActionPage.TokenOf(page)[..24], all, StringComparison.Ordinal);
        Assert.Contains("System.Net.Http.HttpClient.dingtalk", all, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("oToMessages/batchSend", all, StringComparison.Ordinal);
        Assert.True(platform.TokensIssued >= 2);
        foreach (var secret in (string[])[FakeDingTalk.ClientSecret, .. platform.IssuedCredentials])
        {
            Assert.True(!all.Contains(secret, StringComparison.Ordinal), $"logged: {secret}\n{string.Join('\n', logs.Lines.Where(l => l.Contains(secret, StringComparison.Ordinal)).Take(3))}");
        }
    }

    private static PushMessage Push(FakeDingTalk platform, string staffId) => new(
        "test/log/" + Guid.NewGuid().ToString("N"),
        new ConversationReference
        {
            ChannelId = Channels.DingTalk,
            ServiceUrl = platform.BaseUrl + "/",
            Bot = new ChannelAccount(FakeDingTalk.RobotCode) { Role = "bot" },
            Conversation = DingTalkConversations.Personal(staffId),
        },
        Activity.CreateMessage("请于明日前提交学习心得"));
}
