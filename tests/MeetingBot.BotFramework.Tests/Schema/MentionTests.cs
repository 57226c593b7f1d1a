using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Tests.Schema;

public sealed class MentionTests
{
    [Fact]
    public void RemoveRecipientMention_StripsTheBotsMarkupAndEntity_AndTrimsTeamsLineBreaks()
    {
        var activity = Fixture.Activity("teams-channel-mention.json");

        var text = activity.RemoveRecipientMention();

        Assert.Equal("帮助", text);
        Assert.DoesNotContain(activity.Entities!, e => e.AsMention()?.Mentioned?.Id == "28:0f3c5e6d-bot");
        Assert.Contains(activity.Entities!, e => e.Type == "clientInfo");
    }

    [Fact]
    public void RemoveRecipientMention_KeepsOtherPeoplesNames_AsPlainText()
    {
        var activity = new Activity
        {
            Text = "<at>MeetingBot</at> 提醒 <at>Tom</at>is 明天",
            Recipient = new ChannelAccount("28:bot", "MeetingBot"),
            Entities =
            [
                Entity.FromMention(new Mention(new ChannelAccount("28:bot", "MeetingBot"), "<at>MeetingBot</at>")),
                Entity.FromMention(new Mention(new ChannelAccount("29:tom", "Tom"), "<at>Tom</at>")),
            ],
        };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("提醒 Tom is 明天", text);
        Assert.Equal("29:tom", Assert.Single(activity.MentionedUsers()).Id);
    }

    [Fact]
    public void RemoveRecipientMention_WithoutEntityText_RemovesTheNameMarkup()
    {
        var activity = new Activity
        {
            Text = "<AT>MeetingBot</AT> help",
            Recipient = new ChannelAccount("28:bot", "MeetingBot"),
            Entities = [Entity.FromMention(new Mention(new ChannelAccount("28:bot", "MeetingBot"), null))],
        };

        Assert.Equal("help", activity.RemoveRecipientMention());
    }
}
