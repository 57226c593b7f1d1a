using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Tests.Schema;

/// <summary>The one table the chat front asks what a channel shows; a platform adapter is a row of it.</summary>
public sealed class ChannelCapabilitiesTests
{
    [Fact]
    public void DingTalk_RendersCards_ThroughItsAdapter_ButTakesNoFileAttachments()
    {
        var row = ChannelCapabilities.For(Channels.DingTalk);
        Assert.True(row.AdaptiveCards); // translated into ActionCards whose buttons open the service's signed action pages
        Assert.True(row.Buttons);
        Assert.True(row.Markdown);
        Assert.False(row.FileAttachments); // files go out as download links
    }

    [Fact]
    public void WeCom_RendersCards_AndTakesFiles() =>
        Assert.Equal(new ChannelCapabilities(AdaptiveCards: true, Markdown: true, Buttons: true, FileAttachments: true), ChannelCapabilities.For(Channels.WeCom));

    [Theory]
    [InlineData("somechannel")]
    [InlineData(null)]
    public void AnUnknownChannel_GetsPlainText(string? channelId) =>
        Assert.Same(ChannelCapabilities.PlainText, ChannelCapabilities.For(channelId));

    [Fact]
    public void ChannelIds_AreMatchedWithoutRegardToCase() =>
        Assert.Equal(ChannelCapabilities.For(Channels.DingTalk), ChannelCapabilities.For(Channels.DingTalk.ToUpperInvariant()));
}
