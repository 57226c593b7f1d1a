using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.DingTalk.Actions;
using MeetingBot.DingTalk.Outbound;
using MeetingBot.DingTalk.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Tests.Outbound;

/// <summary>
/// The chat front's Adaptive Cards as DingTalk ActionCards: in a 1:1 chat each card action is a button opening its
/// signed action page for that person and chat, carrying the action's value; in a group (where a link cannot know who
/// pressed it) the button sends its title as text; a form whose fields hold text to edit offers no buttons.
/// </summary>
public sealed class CardActionButtonsTests
{
    private readonly ActionLinks _links = new(Options.Create(new DingTalkOptions { ClientSecret = FakeDingTalk.ClientSecret, PublicBaseUrl = DingTalkHost.PublicBaseUrl }), TimeProvider.System);

    [Fact]
    public async Task AConfirmationCard_InAOneToOneChat_BecomesAnActionCardOfSignedLinks()
    {
        var card = new AdaptiveCard("请确认：批准张伟的材料？")
            .Text("批准 张伟 的对照检查材料")
            .Submit("确认", new Dictionary<string, string> { ["verb"] = "confirm", ["id"] = "c1", ["by"] = "u-wsj001" })
            .Submit("取消", new Dictionary<string, string> { ["verb"] = "cancel", ["id"] = "c1", ["by"] = "u-wsj001" });
        var message = Activity.CreateMessage("请确认：批准张伟的材料？");
        message.Attachments = [card.ToAttachment()];

        var sent = ToPerson(message, "wsj001");

        Assert.Equal("sampleActionCard2", sent.MsgKey);
        Assert.Equal("请确认：批准张伟的材料？\n批准 张伟 的对照检查材料", sent.Text); // the message's text once, then the card's
        Assert.Equal(["确认", "取消"], sent.Buttons.Select(b => b.Title));
        var confirm = await LinkOfAsync(sent.Buttons[0].Url);
        Assert.Equal(("wsj001", "user:wsj001", "确认"), (confirm.StaffId, confirm.ConversationId, confirm.Button));
        Assert.Equal("confirm", confirm.Value.GetProperty("verb").GetString());
        Assert.Equal("c1", confirm.Value.GetProperty("id").GetString());
        Assert.Equal("cancel", (await LinkOfAsync(sent.Buttons[1].Url)).Value.GetProperty("verb").GetString());
        Assert.NotEqual(confirm.Nonce, (await LinkOfAsync(sent.Buttons[1].Url)).Nonce);
    }

    [Fact]
    public async Task AReviewCard_KeepsItsContentAndDownloadLink_AndItsVerbsBecomeSignedLinks()
    {
        var card = new AdaptiveCard("待审：提纲7")
            .Title("待审：提纲7 张伟 谈心谈话提纲")
            .Text("一、征求意见情况")
            .InputText("comment", "意见（退回时填写）", multiline: true)
            .Execute("批准（张伟将看到）", "approve", new { item = "提纲7" })
            .Execute("退回", "return", new { item = "提纲7" })
            .OpenUrl("下载", new Uri("https://meetingbot.example.gov.cn/documents/t1"));
        var sent = ToPerson(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] }, "wsj001");

        Assert.Equal("sampleActionCard3", sent.MsgKey);
        Assert.Contains("一、征求意见情况", sent.Text, StringComparison.Ordinal);
        Assert.Equal(["批准（张伟将看到）", "退回", "下载"], sent.Buttons.Select(b => b.Title));
        var approve = await LinkOfAsync(sent.Buttons[0].Url);
        Assert.Equal("approve", approve.Value.GetProperty("verb").GetString()); // the Execute's verb folded into its data
        Assert.Equal("提纲7", approve.Value.GetProperty("item").GetString());
        Assert.Equal("https://meetingbot.example.gov.cn/documents/t1", sent.Buttons[2].Url);
    }

    [Fact]
    public void InAGroup_ACardActionSendsItsTitle_ForNoLinkCanKnowWhoPressedIt()
    {
        var card = new AdaptiveCard("请确认").Text("新建会议").Submit("确认", new { verb = "confirm" });
        var payload = RobotPayloads.For(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] })!;
        var param = JsonNode.Parse(payload.MsgParam)!;
        Assert.Equal("dtmd://dingtalkclient/sendMessage?content=" + Uri.EscapeDataString("确认"), param["singleURL"]!.GetValue<string>());
    }

    [Fact]
    public void AFormOfTextToEdit_OffersNoButtons_ForAnActionCardHasNoFields()
    {
        var card = new AdaptiveCard("修改").Text("第1部分").InputText("part1", "第1部分", multiline: true, value: "原有内容").Submit("保存", new { revision = "save" });
        var sent = ToPerson(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] }, "zw001");
        Assert.Empty(sent.Buttons);
        Assert.NotEqual("sampleActionCard", sent.MsgKey);
    }

    private Delivered ToPerson(Activity activity, string staffId)
    {
        var payload = RobotPayloads.For(activity, (button, value, card) => _links.ButtonUrl(staffId, "user:" + staffId, value, button, card))!;
        return new Delivered(staffId, null, payload.MsgKey, payload.MsgParam);
    }

    private async Task<ActionLink> LinkOfAsync(string buttonUrl)
    {
        var (check, link) = await _links.ReadAsync(ActionPage.TokenOf(ActionPage.PathOf(buttonUrl)!));
        Assert.Equal(ActionLinkCheck.Valid, check);
        Assert.StartsWith(DingTalkHost.PublicBaseUrl + ActionLinks.PathPrefix, Uri.UnescapeDataString(buttonUrl[ActionPage.LinkScheme.Length..]), StringComparison.Ordinal);
        return link!;
    }
}
