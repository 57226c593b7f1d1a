using System.Text.Json.Nodes;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Phrasing;

/// <summary>
/// What the bot does not understand gets, in 1:1, a short reply with the closest command and an example to copy (not
/// an echo of what was typed); in a group the T2-2 rule stands: one line pointing to help, nothing repeated.
/// </summary>
public sealed class NotUnderstoodTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Theory]
    [InlineData("学习心得怎么交？", "zh-CN", "“提交 学习”")]
    [InlineData("我下周要请假怎么弄", "zh-CN", "“提交 出席 请假”")]
    [InlineData("材料审核到哪一步了？", "zh-CN", "“待审”")]
    [InlineData("整改的事情怎么弄", "zh-CN", "“整改”")]
    [InlineData("给还没交材料的同志发个提醒", "zh-CN", "“立即提醒”")]
    [InlineData("我要看看别人给我提的意见", "zh-CN", "“我的意见”")]
    [InlineData("我要给书记提意见", "zh-CN", "“提交 提纲”")]
    [InlineData("我的批评提纲写好了，怎么交？", "zh-CN", "“提交 提纲”")]
    [InlineData("我提交错了，能撤回吗？", "zh-CN", "“撤回”")]
    [InlineData("怎么导入花名册？", "zh-CN", "“管理员 导入”")]
    [InlineData("会议地点要换一个地方", "zh-CN", "“改地点 第二会议室”")]
    [InlineData("where do I see my task list?", "en-US", "\"my tasks\"")]
    public async Task InOneToOne_TheClosestCommandIsShownWithAnExample(string said, string locale, string example)
    {
        var reply = Assert.Single(await SayAsync(said, locale, group: false));

        Assert.Contains(example, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(said, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("王五的批评提纲写的什么？")]
    [InlineData("李四的对照检查材料是怎么写的")]
    [InlineData("张主任的谈话记录里都写了些什么")]
    public async Task SomeoneElsesMaterialAskedFor_SaysWhoReadsIt_AndWhatToOpenInstead(string said)
    {
        var reply = Assert.Single(await SayAsync(said, "zh-CN", group: false));

        Assert.Equal(global::MeetingBot.Chat.Help.HelpTexts.OthersMaterial.ZhCn, reply);
    }

    [Fact]
    public async Task OnesOwnMaterialAskedAbout_IsNotAnsweredAsSomeoneElses()
    {
        var reply = Assert.Single(await SayAsync("我的批评提纲写的什么？", "zh-CN", group: false));

        Assert.NotEqual(global::MeetingBot.Chat.Help.HelpTexts.OthersMaterial.ZhCn, reply);
    }

    [Fact]
    public async Task WithoutAnyWordOfACommand_TheReplyPointsToHelp()
    {
        var reply = Assert.Single(await SayAsync("天气不错", "zh-CN", group: false));

        Assert.Contains("没有听懂", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAGroup_TheHintIsNotGiven_AndNothingIsRepeated()
    {
        var reply = Assert.Single(await SayAsync("@会议助手 学习心得怎么交？", "zh-CN", group: true));

        Assert.DoesNotContain("提交 学习", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("学习心得", reply, StringComparison.Ordinal);
    }

    private async Task<List<string>> SayAsync(string text, string locale, bool group)
    {
        using var client = factory.CreateClient();
        var message = ActivityJson.Message(text).In(locale).ExpectingReplies();
        if (group)
        {
            message["conversation"] = new JsonObject { ["id"] = "team-" + Guid.NewGuid().ToString("N"), ["isGroup"] = true, ["conversationType"] = "channel" };
        }

        using var response = await client.PostActivityAsync(message);
        return [.. (await response.ReadRepliesAsync()).Select(r => r?["text"]?.GetValue<string>() ?? string.Empty)];
    }
}
