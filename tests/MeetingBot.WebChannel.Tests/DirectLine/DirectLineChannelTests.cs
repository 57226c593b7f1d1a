using MeetingBot.BotFramework.Builder;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.WebChannel.Tests.DirectLine;

/// <summary>What the bot sends to a conversation this service hosts is queued for the page, never sent over HTTP.</summary>
public sealed class DirectLineChannelTests
{
    private const string ServiceUrl = "http://127.0.0.1:1/v3/directline/";

    [Fact]
    public async Task AReminderPush_ToAHostedConversation_IsQueued_AndCountsAsDelivered()
    {
        await using var services = Services();
        var push = new PushMessage("m1/study/dl_li", Reference("p-li"), Activity.CreateMessage("请提交学习心得"));

        var outcome = await services.GetRequiredService<ProactiveSender>().SendAsync(push, CancellationToken.None);

        Assert.Equal(PushOutcome.Delivered, outcome);
        var queued = Assert.Single((await services.GetRequiredService<DirectLineConversations>().ReadAsync("p-li", null, CancellationToken.None)).Activities);
        Assert.Equal("请提交学习心得", queued.Text);
        Assert.Equal("p-li|0000001", queued.Id);
    }

    [Fact]
    public async Task AProactiveTurn_InAHostedConversation_RepliesIntoItsQueue()
    {
        await using var services = Services();

        await services.GetRequiredService<CloudAdapter>().ContinueConversationAsync(Reference("p-li"),
            (turn, ct) => turn.SendActivityAsync("您有一项待审", ct), CancellationToken.None);

        var queued = Assert.Single((await services.GetRequiredService<DirectLineConversations>().ReadAsync("p-li", null, CancellationToken.None)).Activities);
        Assert.Equal("您有一项待审", queued.Text);
        Assert.Equal("bot", queued.From?.Role);
    }

    [Theory]
    [InlineData("directline", "https://directline.botframework.com/", false)]
    [InlineData("webchat", ServiceUrl, false)]
    [InlineData("directline", ServiceUrl, true)]
    public void OnlyOurOwnDirectLineConversations_AreHosted(string channelId, string serviceUrl, bool hosted) =>
        Assert.Equal(hosted, DirectLinePaths.IsHosted(channelId, serviceUrl));

    private static ConversationReference Reference(string conversationId) => new()
    {
        ChannelId = Channels.DirectLine,
        ServiceUrl = ServiceUrl,
        Bot = new ChannelAccount("meetingbot", "MeetingBot") { Role = "bot" },
        User = new ChannelAccount("dl_li", "李四"),
        Conversation = new ConversationAccount(conversationId, false, "personal"),
    };

    private static ServiceProvider Services()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:SigningKey"] = Convert.ToBase64String(new byte[32]) };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return BotFrameworkHost.Build(settings, configure: services =>
        {
            services.AddSingleton<IDirectLineGrants, FakeGrants>();
            services.AddSingleton<IBot, SilentBot>();
            services.AddDelivery(configuration);
            services.AddDirectLine(configuration);
        });
    }

    private sealed class SilentBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
