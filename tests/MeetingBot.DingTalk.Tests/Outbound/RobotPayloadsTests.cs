using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.DingTalk.Outbound;

namespace MeetingBot.DingTalk.Tests.Outbound;

public sealed class RobotPayloadsTests
{
    [Fact]
    public void PlainText_GoesAsSampleText() =>
        Assert.Equal(("sampleText", "已提交"), Read(RobotPayloads.For(Activity.CreateMessage("已提交"))!, "content"));

    [Fact]
    public void Markdown_GoesAsSampleMarkdown_TitledByItsFirstLine()
    {
        var payload = RobotPayloads.For(Activity.CreateMessage("**进度**\n- 张伟：已提交"))!;
        Assert.Equal("sampleMarkdown", payload.MsgKey);
        Assert.Equal("进度", JsonNode.Parse(payload.MsgParam)!["title"]!.GetValue<string>());
    }

    [Fact]
    public void SuggestedActions_BecomeActionCardButtonsThatSendTheirText()
    {
        var message = Activity.CreateMessage("请确认：批准？");
        message.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("确认"), CardAction.ImBack("取消")] };
        var payload = RobotPayloads.For(message)!;
        Assert.Equal("sampleActionCard2", payload.MsgKey);
        var param = JsonNode.Parse(payload.MsgParam)!;
        Assert.Equal("确认", param["actionTitle1"]!.GetValue<string>());
        Assert.Equal("dtmd://dingtalkclient/sendMessage?content=" + Uri.EscapeDataString("确认"), param["actionURL1"]!.GetValue<string>());
        Assert.Equal("dtmd://dingtalkclient/sendMessage?content=" + Uri.EscapeDataString("取消"), param["actionURL2"]!.GetValue<string>());
    }

    [Fact]
    public void AFile_GoesAsADownloadLink()
    {
        var message = Activity.CreateMessage("会议报告");
        message.Attachments = [new Attachment { ContentType = "application/pdf", ContentUrl = "https://bot.example/files/r1?t=abc", Name = "报告.pdf" }];
        var payload = RobotPayloads.For(message)!;
        Assert.Equal("sampleMarkdown", payload.MsgKey);
        Assert.Contains("[报告.pdf](https://bot.example/files/r1?t=abc)", JsonNode.Parse(payload.MsgParam)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdaptiveCard_ShowsItsTextAndItsLinkButtons()
    {
        var card = new AdaptiveCard("审阅").Title("待审：材料").Text("张伟 第1稿").OpenUrl("下载", new Uri("https://bot.example/d/1"));
        var message = new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
        var payload = RobotPayloads.For(message)!;
        Assert.Equal("sampleActionCard", payload.MsgKey);
        var param = JsonNode.Parse(payload.MsgParam)!;
        Assert.Contains("张伟 第1稿", param["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("https://bot.example/d/1", param["singleURL"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Trace)]
    public void WhatNobodyReads_IsNotSent(string type) =>
        Assert.Null(RobotPayloads.For(new Activity { Type = type, Text = "x" }));

    private static (string Key, string Value) Read(RobotPayload payload, string field) =>
        (payload.MsgKey, JsonDocument.Parse(payload.MsgParam).RootElement.GetProperty(field).GetString()!);
}
