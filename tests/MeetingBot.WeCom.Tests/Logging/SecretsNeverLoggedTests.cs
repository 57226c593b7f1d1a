using System.Net;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;
using MeetingBot.WeCom.Tests.Fake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom.Tests.Logging;

/// <summary>
/// The corp secret, the callback Token, the EncodingAESKey and the access tokens (which travel in the URL query) never
/// reach a log, with every category at Trace — HttpClient's request and scope lines, the resilience pipeline's retries —
/// on the good path and on the error paths: an expired token, a throttled send, a person who left, refused callbacks.
/// </summary>
public sealed class SecretsNeverLoggedTests
{
    [Fact]
    public async Task NoSecretOrToken_IsLogged_OnAnyPath()
    {
        var logs = new CapturedLogs();
        await using var host = await WeComHost.StartAsync(logs);
        await host.AddPersonAsync("张伟", "zhangwei");

        (await host.SayAsync("zhangwei", "帮助")).EnsureSuccessStatusCode();
        host.Platform.ExpireTokens();
        (await host.SayAsync("zhangwei", "帮助")).EnsureSuccessStatusCode();

        var sender = host.Services.GetRequiredService<ProactiveSender>();
        host.Platform.Departed["gone01"] = true;
        Assert.Equal(PushOutcome.Unreachable, await sender.SendAsync(Push(host, "reminder:gone01:1", "gone01"), CancellationToken.None));
        host.Platform.SendsPerMinute = 0;
        var throttled = sender.SendAsync(Push(host, "reminder:zhangwei:1", "zhangwei"), CancellationToken.None);
        await Eventually.TrueAsync(() => host.Platform.ThrottledAnswers > 0);
        host.Platform.SendsPerMinute = 10_000;
        Assert.Equal(PushOutcome.Delivered, await throttled);

        var good = host.Platform.Callback(WeComHost.Fields("zhangwei", "text", ("Content", "帮助"), ("MsgId", "77")));
        using (var refused = await host.PostAsync((good.Query.Replace("msg_signature=", "msg_signature=0", StringComparison.Ordinal), good.Body)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var all = logs.All;
        // The capture saw the HTTP calls themselves (so a leak would have shown).
        Assert.Contains("System.Net.Http.HttpClient.WeCom", all, StringComparison.Ordinal);
        Assert.Contains("cgi-bin/message/send", all, StringComparison.Ordinal);
        Assert.Contains("cgi-bin/gettoken", all, StringComparison.Ordinal);
        Assert.True(host.Platform.TokensIssued >= 2);
        string[] secrets = [FakeWeCom.Secret, FakeWeCom.EncodingAesKey, FakeWeCom.Token, .. host.Platform.IssuedTokens];
        foreach (var secret in secrets)
        {
            Assert.True(!all.Contains(secret, StringComparison.Ordinal), $"logged: {secret}\n{string.Join('\n', logs.Lines.Where(l => l.Contains(secret, StringComparison.Ordinal)).Take(3))}");
        }

        Assert.DoesNotContain("access_token=", all, StringComparison.Ordinal);
        Assert.DoesNotContain("corpsecret=", all, StringComparison.Ordinal);
    }

    private static PushMessage Push(WeComHost host, string key, string userId)
    {
        var options = host.Services.GetRequiredService<IOptions<WeComOptions>>().Value;
        var reference = new ConversationReference
        {
            ChannelId = Channels.WeCom,
            ServiceUrl = WeComChannel.ServiceUrlOf(options),
            Conversation = new ConversationAccount(WeComConversations.OfUser(userId)),
            Bot = new ChannelAccount("meetingbot", "MeetingBot"),
        };
        return new PushMessage(key, reference, new Activity { Type = ActivityTypes.Message, Text = "请于明日前提交学习心得" });
    }
}
