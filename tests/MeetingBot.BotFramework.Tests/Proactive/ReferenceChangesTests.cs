using System.Text.Json;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Tests.Proactive;

public sealed class ReferenceChangesTests
{
    [Fact]
    public void ANewMessageInTheSameConversation_IsTheSameReference()
    {
        var next = Reference();
        next.ActivityId = "a-2";

        Assert.True(ReferenceChanges.Same(Reference(), next));
    }

    [Theory]
    [InlineData("serviceUrl")]
    [InlineData("name")]
    [InlineData("locale")]
    [InlineData("tenant")]
    [InlineData("extension")]
    public void AChangeWorthAWrite_IsADifferentReference(string change)
    {
        var changed = Reference();
        switch (change)
        {
            case "serviceUrl":
                changed.ServiceUrl = "https://smba.example/cn/";
                break;
            case "name":
                changed.User!.Name = "张伟（党支部书记）";
                break;
            case "locale":
                changed.Locale = "en-US";
                break;
            case "tenant":
                changed.Conversation!.TenantId = "t-2";
                break;
            default:
                changed.User!.Properties = new() { ["department"] = JsonSerializer.SerializeToElement("办公室") };
                break;
        }

        Assert.False(ReferenceChanges.Same(Reference(), changed));
    }

    [Fact]
    public void NoExtensionData_AndEmptyExtensionData_AreTheSame()
    {
        var empty = Reference();
        empty.User!.Properties = [];

        Assert.True(ReferenceChanges.Same(Reference(), empty));
    }

    [Fact]
    public void ASnapshot_DoesNotChangeWhenTheActivitysObjectsDo()
    {
        var reference = Reference();
        var snapshot = ReferenceChanges.Snapshot(reference);

        reference.User!.Name = "李娜";

        Assert.True(ReferenceChanges.Same(Reference(), snapshot));
        Assert.False(ReferenceChanges.Same(reference, snapshot));
    }

    private static ConversationReference Reference() => new()
    {
        ActivityId = "a-1",
        User = new ChannelAccount("29:zhangwei", "张伟"),
        Bot = new ChannelAccount("28:bot", "民主生活会助手"),
        Conversation = new ConversationAccount("a:1on1", isGroup: false, conversationType: "personal", tenantId: "t-1"),
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/cn/",
        Locale = "zh-CN",
    };
}
