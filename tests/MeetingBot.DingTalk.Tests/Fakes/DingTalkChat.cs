using System.Text.Json.Nodes;
using MeetingBot.DingTalk.Stream;

namespace MeetingBot.DingTalk.Tests.Fakes;

/// <summary>
/// People talking to the bot in DingTalk (Stream mode): each message is a CALLBACK frame the fake platform pushes;
/// the bot acknowledges it when its turn is done, so what it sent by then is the turn's answer. A card button's action
/// link is opened as the DingTalk client opens it (<paramref name="web"/>: the host's HTTP pipeline).
/// </summary>
public sealed class DingTalkChat(FakeDingTalk platform, string group = "cidTeamGroup001", Func<HttpClient>? web = null)
{
    public string Group => group;

    /// <summary>The person writes in his 1:1 chat with the robot; returns what the robot sent back there.</summary>
    public Task<List<Delivered>> PrivatelyAsync(string staffId, string nick, string text) =>
        SayAsync(FakeDingTalk.Message(staffId, nick, text), d => d.UserId == staffId);

    /// <summary>The person @mentions the robot in the team group (and whoever else); returns what the robot sent to the group.</summary>
    public Task<List<Delivered>> InGroupAsync(string staffId, string nick, string text, params string[] mentioned) =>
        SayAsync(FakeDingTalk.Message(staffId, nick, text, group, mentioned), d => d.OpenConversationId == group);

    /// <summary>
    /// Presses a button of an action card: the DingTalk client sends the button's text as the person, or opens the
    /// button's action page, where the person confirms; returns what the robot sent to the chat meanwhile.
    /// </summary>
    public async Task<List<Delivered>> PressAsync(string staffId, string nick, Delivered card, string title)
    {
        var url = card.Buttons.Single(b => b.Title == title).Url;
        if (ActionPage.PathOf(url) is { } page)
        {
            Assert.NotNull(web);
            var before = platform.Deliveries.Count;
            using var client = web();
            var (status, html) = await ActionPage.ConfirmAsync(client, page);
            Assert.True(status == System.Net.HttpStatusCode.OK, html);
            return [.. platform.Deliveries.Skip(before).Where(d => d.UserId == staffId)];
        }

        const string SendMessage = "dtmd://dingtalkclient/sendMessage?content=";
        Assert.StartsWith(SendMessage, url, StringComparison.Ordinal);
        var text = Uri.UnescapeDataString(url[SendMessage.Length..]);
        return card.OpenConversationId is { } inGroup
            ? await SayAsync(FakeDingTalk.Message(staffId, nick, text, inGroup), d => d.OpenConversationId == inGroup)
            : await PrivatelyAsync(staffId, nick, text);
    }

    public async Task<List<Delivered>> SayAsync(string message, Func<Delivered, bool> to)
    {
        var before = platform.Deliveries.Count;
        var ack = await platform.PushAsync(StreamFrame.Callback, StreamFrame.RobotMessageTopic, message);
        Assert.Equal(200, ack["code"]!.GetValue<int>());
        return [.. platform.Deliveries.Skip(before).Where(to)];
    }

    public static List<string> Texts(IEnumerable<Delivered> sent) => [.. sent.Select(d => d.Text)];

    public static JsonObject Param(Delivered sent) => JsonNode.Parse(sent.MsgParam)!.AsObject();
}
