using MeetingBot.Chat.Help;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat;

/// <summary>The chat front as a transcript: send a message with expectReplies, read what the bot answers.</summary>
public sealed class MeetingBotHandlerTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    [Theory]
    [InlineData("help", "en-US")]
    [InlineData("HELP", "en-US")]
    [InlineData("帮助", "zh-CN")]
    [InlineData("帮助", null)]
    public async Task Help_OnCardChannel_RepliesWithTextThenAdaptiveCard(string text, string? locale)
    {
        var replies = await RepliesAsync(text, locale);

        Assert.Equal(2, replies.Count);
        var title = locale == "en-US" ? HelpTexts.Title.En : HelpTexts.Title.ZhCn;
        Assert.Contains(title, replies[0]?["text"]?.GetValue<string>(), StringComparison.Ordinal);
        var card = Assert.Single(replies[1]!["attachments"]!.AsArray());
        Assert.Equal(AdaptiveCard, card?["contentType"]?.GetValue<string>());
        Assert.Equal("AdaptiveCard", card?["content"]?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task Help_OnChannelWithoutCards_RepliesWithTextOnly()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostActivityAsync(ActivityJson.Message("help", "sms").ExpectingReplies());

        var replies = await response.ReadRepliesAsync();

        var reply = Assert.Single(replies);
        Assert.Null(reply?["attachments"]);
        Assert.False(string.IsNullOrWhiteSpace(reply?["text"]?.GetValue<string>()));
    }

    [Fact]
    public async Task UnknownCommand_WithoutLocale_PointsToHelpInChinese()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostActivityAsync(ActivityJson.Message("xyzzy").ExpectingReplies());

        var replies = await response.ReadRepliesAsync();

        var text = Assert.Single(replies)?["text"]?.GetValue<string>();
        Assert.Contains("帮助", text, StringComparison.Ordinal);
        Assert.Contains("xyzzy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_InEnglish_PointsToHelpInEnglish()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostActivityAsync(ActivityJson.Message("xyzzy").In("en-US").ExpectingReplies());

        var replies = await response.ReadRepliesAsync();

        var text = Assert.Single(replies)?["text"]?.GetValue<string>();
        Assert.Contains("\"help\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("帮助", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_AddressedToTheBotInAGroup_IsNotRepeatedBack()
    {
        using var client = factory.CreateClient();
        var pasted = ActivityJson.Message("@会议助手 1. 王书记工作不够实 典型事例").ExpectingReplies()
            .With("conversation", "{\"id\":\"group-" + Guid.NewGuid().ToString("N") + "\",\"isGroup\":true,\"conversationType\":\"channel\"}");

        using var response = await client.PostActivityAsync(pasted);

        var text = Assert.Single(await response.ReadRepliesAsync())?["text"]?.GetValue<string>();
        Assert.Contains("帮助", text, StringComparison.Ordinal);
        Assert.DoesNotContain("王书记", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮助")]
    [InlineData("1. 王书记工作不够实 典型事例")]
    [InlineData("@张伟 帮助")]
    [InlineData("@botany 帮助")]
    public async Task AGroupMessage_NotAddressedToTheBot_GetsNoReply(string text)
    {
        using var client = factory.CreateClient();
        var chatter = ActivityJson.Message(text).ExpectingReplies()
            .With("conversation", "{\"id\":\"group-" + Guid.NewGuid().ToString("N") + "\",\"isGroup\":true,\"conversationType\":\"groupChat\"}");

        using var response = await client.PostActivityAsync(chatter);

        Assert.Empty(await response.ReadRepliesAsync());
    }

    [Theory]
    [InlineData("@会议助手 帮助")]
    [InlineData("＠bot：帮助")]
    [InlineData("@MeetingBot help")]
    public async Task AGroupMessage_StartingWithTheBotsName_IsACommand(string text)
    {
        using var client = factory.CreateClient();
        var addressed = ActivityJson.Message(text, "directline").ExpectingReplies()
            .With("conversation", "{\"id\":\"group-" + Guid.NewGuid().ToString("N") + "\",\"isGroup\":true,\"conversationType\":\"groupChat\"}");

        using var response = await client.PostActivityAsync(addressed);

        Assert.Contains("MeetingBot", (await response.ReadRepliesAsync())[0]?["text"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("你好", "zh-CN", "您好！")]
    [InlineData("您好！", null, "您好！")]
    [InlineData("Hello", "en-US", "Hello")]
    [InlineData("good morning.", "en-US", "Hello")]
    public async Task AGreeting_IsAnsweredInKind_WithWhereToStart(string text, string? locale, string expected)
    {
        var reply = await OnlyReplyAsync(text, locale);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains(locale == "en-US" ? "\"my tasks\"" : "“我的任务”", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(locale == "en-US" ? "did not understand" : "没有听懂", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("谢谢", null, "不客气。还有什么需要，直接告诉我；发送“我的任务”可查看您还要准备的内容。")]
    [InlineData("好的，谢谢！", "zh-CN", "不客气。还有什么需要，直接告诉我；发送“我的任务”可查看您还要准备的内容。")]
    [InlineData("收到", "zh-CN", "不客气。还有什么需要，直接告诉我；发送“我的任务”可查看您还要准备的内容。")]
    [InlineData("Thank you.", "en-US", "You're welcome. Tell me whenever you need something; send \"my tasks\" to see what is left for you to prepare.")]
    public async Task AThankYou_IsAnsweredPolitely_NotAsAnUnknownCommand(string text, string? locale, string expected)
    {
        Assert.Equal(expected, await OnlyReplyAsync(text, locale));
    }

    private async Task<string?> OnlyReplyAsync(string text, string? locale) =>
        Assert.Single(await RepliesAsync(text, locale))?["text"]?.GetValue<string>();

    /// <summary>The replies to <paramref name="text"/> sent in a 1:1 chat, in <paramref name="locale"/> (null: none said).</summary>
    private async Task<System.Text.Json.Nodes.JsonArray> RepliesAsync(string text, string? locale)
    {
        using var client = factory.CreateClient();
        var message = ActivityJson.Message(text).ExpectingReplies();
        if (locale is not null)
        {
            message.In(locale);
        }

        using var response = await client.PostActivityAsync(message);

        return await response.ReadRepliesAsync();
    }

    [Theory]
    [InlineData("你好，我想提交材料")]
    [InlineData("hello world")]
    public async Task TextThatOnlyStartsLikeAGreeting_IsNotTakenForOne(string text)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostActivityAsync(ActivityJson.Message(text).ExpectingReplies());

        var reply = Assert.Single(await response.ReadRepliesAsync())?["text"]?.GetValue<string>();
        Assert.Contains("没有听懂", reply, StringComparison.Ordinal);
    }
}
