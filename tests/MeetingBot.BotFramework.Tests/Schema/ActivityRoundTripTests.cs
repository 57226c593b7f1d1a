using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Tests.Schema;

public sealed class ActivityRoundTripTests
{
    public static TheoryData<string> Fixtures => new()
    {
        "teams-channel-mention.json",
        "emulator-conversation-update.json",
        "directline-message.json",
        "card-submit.json",
        "teams-invoke.json",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_RoundTrips_WithoutLosingAnyField(string fixture)
    {
        var original = Fixture.Read(fixture);

        var activity = BotJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(original))!;
        var written = JsonNode.Parse(BotJson.Serialize(activity))!;

        var expected = WithoutEmptyArrays(JsonNode.Parse(original)!);
        Assert.True(JsonNode.DeepEquals(expected, written), $"Round-trip changed the activity:\n{written.ToJsonString()}");
    }

    [Fact]
    public void TeamsMessage_ReadsTypedFieldsAndKeepsChannelData()
    {
        var activity = Fixture.Activity("teams-channel-mention.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal(true, activity.Conversation!.IsGroup);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.Conversation.TenantId);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 12, 13, 20, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("班子", activity.ChannelData!.Value.GetProperty("team").GetProperty("name").GetString());
        Assert.Equal("28:0f3c5e6d-bot", activity.Entities![0].AsMention()!.Mentioned!.Id);
    }

    [Fact]
    public void CardSubmitValue_KeepsNumbersAndBooleansAsTheyWere()
    {
        var activity = Fixture.Activity("card-submit.json");

        var value = activity.Value!.Value;
        Assert.Equal(JsonValueKind.Number, value.GetProperty("score").ValueKind);
        Assert.Equal(5, value.GetProperty("score").GetInt32());
        Assert.Equal(JsonValueKind.True, value.GetProperty("flags")[0].ValueKind);
    }

    [Fact]
    public void Timestamp_IsWrittenAsUtcWithZ_AndLocalTimestampKeepsItsOffset()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = new DateTimeOffset(2024, 5, 2, 20, 13, 20, TimeSpan.FromHours(8)),
            LocalTimestamp = new DateTimeOffset(2024, 5, 2, 20, 13, 20, TimeSpan.FromHours(8)),
        };

        var json = JsonNode.Parse(BotJson.Serialize(activity))!;

        Assert.Equal("2024-05-02T12:13:20Z", json["timestamp"]!.GetValue<string>());
        Assert.Equal("2024-05-02T20:13:20+08:00", json["localTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Outbound_OmitsNullsAndEmptyArrays_AndWritesCamelCase()
    {
        var activity = Activity.CreateMessage("你好");
        activity.Attachments = [];
        activity.Entities = [];

        var json = BotJson.Serialize(activity);

        Assert.Equal("{\"type\":\"message\",\"text\":\"你好\"}", json);
    }

    [Fact]
    public void Inbound_AcceptsAnyCasing()
    {
        var activity = BotJson.DeserializeActivity("{\"Type\":\"message\",\"TEXT\":\"hi\",\"Conversation\":{\"ID\":\"c\"}}"u8)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("c", activity.Conversation!.Id);
    }

    [Fact]
    public void ConversationReference_OfDirectLineConversationUpdate_LeavesOutTheActivityId()
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "x1", ChannelId = Channels.DirectLine, Conversation = new("c") };
        var message = new Activity { Type = ActivityTypes.Message, Id = "x2", ChannelId = Channels.DirectLine, Conversation = new("c") };

        Assert.Null(update.GetConversationReference().ActivityId);
        Assert.Equal("x2", message.GetConversationReference().ActivityId);
    }

    private static JsonNode WithoutEmptyArrays(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                if (child is JsonArray { Count: 0 })
                {
                    obj.Remove(name);
                }
                else if (child is not null)
                {
                    WithoutEmptyArrays(child);
                }
            }
        }

        return node;
    }
}
