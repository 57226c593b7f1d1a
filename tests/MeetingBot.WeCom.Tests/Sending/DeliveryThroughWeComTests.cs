using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom.Tests.Sending;

/// <summary>Proactive pushes (notices, reminders) to WeCom references through the delivery ledger, against the fake platform.</summary>
public sealed class DeliveryThroughWeComTests
{
    [Fact]
    public async Task PushToAPersonWhoLeft_IsUnreachable_AndNeverSentAgain()
    {
        await using var host = await WeComHost.StartAsync();
        host.Platform.Departed["gone01"] = true;
        var sender = host.Services.GetRequiredService<ProactiveSender>();
        var push = Push(host, "reminder:gone01:1", WeComConversations.OfUser("gone01"), "请于明日前提交学习心得");

        Assert.Equal(PushOutcome.Unreachable, await sender.SendAsync(push, CancellationToken.None));
        Assert.Equal(PushOutcome.AlreadyDone, await sender.SendAsync(push, CancellationToken.None));
        Assert.Empty(host.Platform.Deliveries);
    }

    [Fact]
    public async Task PushOverTheFrequencyLimit_WaitsAndIsDelivered_OnceEach()
    {
        await using var host = await WeComHost.StartAsync();
        host.Platform.SendsPerMinute = 0;
        var sender = host.Services.GetRequiredService<ProactiveSender>();
        var first = sender.SendAsync(Push(host, "reminder:a:1", WeComConversations.OfUser("a"), "提醒一"), CancellationToken.None);
        await Eventually.TrueAsync(() => host.Platform.ThrottledAnswers > 0);
        host.Platform.SendsPerMinute = 10_000;

        Assert.Equal(PushOutcome.Delivered, await first);
        Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Push(host, "reminder:b:1", WeComConversations.OfUser("b"), "提醒二"), CancellationToken.None));
        Assert.Single(host.Platform.To("a"));
        Assert.Single(host.Platform.To("b"));
    }

    [Fact]
    public async Task PushToTheTeamChat_GoesThroughAppchatSend()
    {
        await using var host = await WeComHost.StartAsync();
        var sender = host.Services.GetRequiredService<ProactiveSender>();
        var outcome = await sender.SendAsync(Push(host, "notice:team:1", WeComConversations.OfChat(WeComHost.TeamChat), "会议已确认召开"), CancellationToken.None);

        Assert.Equal(PushOutcome.Delivered, outcome);
        Assert.Equal("会议已确认召开", Assert.Single(host.Platform.InChat(WeComHost.TeamChat)).Text);
    }

    private static PushMessage Push(WeComHost host, string key, string conversationId, string text)
    {
        var options = host.Services.GetRequiredService<IOptions<WeComOptions>>().Value;
        var reference = new ConversationReference
        {
            ChannelId = Channels.WeCom,
            ServiceUrl = WeComChannel.ServiceUrlOf(options),
            Conversation = new ConversationAccount(conversationId),
            Bot = new ChannelAccount("meetingbot", "MeetingBot"),
        };
        return new PushMessage(key, reference, new Activity { Type = ActivityTypes.Message, Text = text });
    }
}
