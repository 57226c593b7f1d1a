using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Delivery.Tests;

/// <summary>What the delivery tests send and the services they send it with: a Teams 1:1 push to a loopback channel.</summary>
internal static class Pushes
{
    public static PushMessage To(LoopbackServer channel, string key, string conversation = "a:member", string text = "提醒：请提交学习心得") => new(
        key,
        new ConversationReference
        {
            ChannelId = Channels.MsTeams,
            ServiceUrl = channel.BaseUrl,
            Conversation = new ConversationAccount(conversation, conversationType: "personal"),
            User = new ChannelAccount("29:member", "张三"),
            Bot = new ChannelAccount("28:bot", "MeetingBot"),
        },
        Activity.CreateMessage(text));

    /// <summary>The Bot Framework services with fast connector retries (<paramref name="retries"/> of them) and <paramref name="extra"/> settings.</summary>
    public static ServiceProvider Services(Dictionary<string, string?>? extra = null, int retries = 1)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return DeliveryHost.Build(settings);
    }
}
