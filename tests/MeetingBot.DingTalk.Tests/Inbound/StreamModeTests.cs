using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.DingTalk.Stream;
using MeetingBot.DingTalk.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.DingTalk.Tests.Inbound;

/// <summary>The Stream connection against the fake gateway: pings, bad frames, unknown people, a dropped connection, tokens.</summary>
public sealed class StreamModeTests(StreamBed bed) : IClassFixture<StreamBed>
{
    private FakeDingTalk Platform => bed.Platform;

    [Fact]
    public async Task APing_IsAnsweredWithItsOwnData()
    {
        var ack = await Platform.PushAsync(StreamFrame.System, StreamFrame.PingTopic, "{\"opaque\":\"p-1\"}");
        Assert.Equal(200, ack["code"]!.GetValue<int>());
        Assert.Equal("{\"opaque\":\"p-1\"}", ack["data"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedFramesAndUnknownTypes_AreSkipped_AndTheNextMessageIsAnswered()
    {
        await bed.Host.AddPersonAsync("bad001", "测试员");
        await Platform.PushRawAsync("{not json");
        await Platform.PushRawAsync("[1,2,3]");
        await Platform.PushRawAsync(new string('x', DingTalkStreamService.MaxFrameBytes + 10));
        // Well-formed frames with bad data: acknowledged (so not sent again), and nothing happens.
        var broken = await Platform.PushAsync(StreamFrame.Callback, StreamFrame.RobotMessageTopic, "{\"msgId\":");
        Assert.Equal(200, broken["code"]!.GetValue<int>());
        var picture = FakeDingTalk.Message("bad001", "测试员", "x").Replace("\"msgtype\":\"text\"", "\"msgtype\":\"picture\"", StringComparison.Ordinal);
        var before = Platform.Deliveries.Count;
        await Platform.PushAsync(StreamFrame.Callback, StreamFrame.RobotMessageTopic, picture);
        await Platform.PushAsync(StreamFrame.Event, "chat_update_title", "{}");
        await Platform.PushAsync(StreamFrame.Callback, "/v1.0/unknown/topic", "{}");
        Assert.Equal(before, Platform.Deliveries.Count);

        var answered = await new DingTalkChat(Platform).PrivatelyAsync("bad001", "测试员", "帮助");
        Assert.NotEmpty(answered);
    }

    [Fact]
    public async Task SomeoneTheDirectoryDoesNotKnow_IsToldToAskTheOffice_AndNothingIsStored()
    {
        var answered = await new DingTalkChat(Platform).PrivatelyAsync("stranger01", "路人", "新建会议");
        var refusal = Assert.Single(answered);
        // The host's one refusal for every platform adapter, naming this platform's account.
        Assert.Contains("人员名录", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("钉钉账号", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("办公室", refusal.Text, StringComparison.Ordinal);
        var references = bed.Host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await references.GetPersonalAsync(Channels.DingTalk, "stranger01", CancellationToken.None));
        Assert.Null(await references.GetConversationAsync(Channels.DingTalk, DingTalkConversations.PersonalPrefix + "stranger01", CancellationToken.None));
    }

    [Fact]
    public async Task ADroppedConnection_IsOpenedAgain_AndMessagesFlow()
    {
        await bed.Host.AddPersonAsync("drop001", "掉线员");
        var connections = Platform.Connections;
        Platform.DropConnection();
        await Platform.WaitConnectedAsync();
        Assert.True(Platform.Connections > connections);
        Assert.NotEmpty(await new DingTalkChat(Platform).PrivatelyAsync("drop001", "掉线员", "帮助"));
    }

    [Fact]
    public async Task AnExpiredToken_IsBoughtAgain_AndTheReplyStillArrives()
    {
        await bed.Host.AddPersonAsync("tok001", "令牌员");
        var chat = new DingTalkChat(Platform);
        Assert.NotEmpty(await chat.PrivatelyAsync("tok001", "令牌员", "帮助"));
        var issued = Platform.TokensIssued;
        Platform.ExpireTokens();
        Assert.NotEmpty(await chat.PrivatelyAsync("tok001", "令牌员", "帮助"));
        Assert.Equal(issued + 1, Platform.TokensIssued);
    }

    [Fact]
    public async Task APushToSomeoneWhoLeft_IsUnreachable_AndNeverTriedAgain()
    {
        var reference = new ConversationReference
        {
            ChannelId = Channels.DingTalk,
            ServiceUrl = Platform.BaseUrl + "/",
            Bot = new ChannelAccount(FakeDingTalk.RobotCode) { Role = "bot" },
            User = new ChannelAccount("left001", "离职员"),
            Conversation = DingTalkConversations.Personal("left001"),
        };
        Platform.LeftUsers["left001"] = true;
        var sender = bed.Host.Services.GetRequiredService<ProactiveSender>();
        var key = "test/left/" + Guid.NewGuid().ToString("N");
        Assert.Equal(PushOutcome.Unreachable, await sender.SendAsync(new PushMessage(key, reference, Activity.CreateMessage("提醒")), CancellationToken.None));
        Assert.Equal(PushOutcome.AlreadyDone, await sender.SendAsync(new PushMessage(key, reference, Activity.CreateMessage("提醒")), CancellationToken.None));
        Assert.DoesNotContain(Platform.Deliveries, d => d.UserId == "left001");
    }

    [Fact]
    public async Task ACardButton_RunsATurnWithItsParamsAsTheValue()
    {
        await bed.Host.AddPersonAsync("card001", "按钮员");
        var content = new JsonObject { ["cardPrivateData"] = new JsonObject { ["actionIds"] = new JsonArray("cancel"), ["params"] = new JsonObject { ["verb"] = "help" } } };
        var press = new JsonObject { ["outTrackId"] = "card-1", ["userId"] = "card001", ["corpId"] = "dingcorp", ["content"] = content.ToJsonString() };
        var ack = await Platform.PushAsync(StreamFrame.Callback, StreamFrame.CardCallbackTopic, press.ToJsonString());
        Assert.Equal(200, ack["code"]!.GetValue<int>());
        // The turn ran for this person as his directory person (his 1:1 reference is now known under the directory's
        // id, reaching his DingTalk userId); an unknown person's press would not get there.
        var references = bed.Host.Services.GetRequiredService<ConversationReferenceStore>();
        var stored = await references.GetPersonalAsync(Channels.DingTalk, "u-card001", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("card001", DingTalkConversations.PersonOf(stored.Reference));
    }
}
