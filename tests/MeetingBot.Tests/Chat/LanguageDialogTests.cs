using System.Text.Json.Nodes;
using MeetingBot.Chat.Language;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat;

/// <summary>The user's language choice: asked with a choice prompt or given with the command, remembered across conversations.</summary>
public sealed class LanguageDialogTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly string _user = "{\"id\":\"language-user-" + Guid.NewGuid().ToString("N") + "\"}";
    private readonly string _conversation = "{\"id\":\"language-conversation-" + Guid.NewGuid().ToString("N") + "\"}";

    [Fact]
    public async Task Language_AsksWithChoices_ThenAnswersInTheChosenLanguage_EvenWhenTheChannelSaysChinese()
    {
        using var client = factory.CreateClient();

        var ask = await SayAsync(client, "语言");
        Assert.Contains(LanguageTexts.Ask.ZhCn, ask[0], StringComparison.Ordinal);

        var done = await SayAsync(client, "2");
        Assert.Equal([LanguageTexts.Switched.En], done);

        var unknown = await SayAsync(client, "xyzzy", conversation: "{\"id\":\"elsewhere-" + Guid.NewGuid().ToString("N") + "\"}");
        Assert.Contains("\"help\"", unknown[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageWithArgument_SwitchesAtOnce_AndBackAgain()
    {
        using var client = factory.CreateClient();

        Assert.Equal([LanguageTexts.Switched.En], await SayAsync(client, "language English"));
        Assert.Equal([LanguageTexts.Switched.ZhCn], await SayAsync(client, "语言 中文"));
        Assert.Contains("帮助", (await SayAsync(client, "xyzzy", locale: "en-US"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelDuringTheChoice_SavesNothing()
    {
        using var client = factory.CreateClient();
        await SayAsync(client, "语言");

        var cancelled = await SayAsync(client, "取消");

        Assert.Single(cancelled);
        Assert.Contains("帮助", (await SayAsync(client, "xyzzy"))[0], StringComparison.Ordinal);
    }

    private async Task<List<string>> SayAsync(HttpClient client, string text, string? conversation = null, string locale = "zh-CN")
    {
        var message = ActivityJson.Message(text).In(locale).ExpectingReplies()
            .With("from", _user)
            .With("conversation", conversation ?? _conversation);
        using var response = await client.PostActivityAsync(message);
        var replies = await response.ReadRepliesAsync();
        return replies.Select(r => r?["text"]?.GetValue<string>() ?? string.Empty).ToList();
    }
}
