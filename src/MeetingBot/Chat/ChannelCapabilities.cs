using Capabilities = MeetingBot.BotFramework.Schema.ChannelCapabilities;

namespace MeetingBot.Chat;

/// <summary>What a channel can show, asked of the protocol layer's one table (never of the channel id).</summary>
public static class ChannelCapabilities
{
    /// <summary>
    /// Whether a card with buttons reaches the person: as an Adaptive Card, or translated by the channel's adapter into
    /// the platform's own button card (WeCom's template_card). Channels with neither get text and typed commands.
    /// </summary>
    public static bool RendersAdaptiveCards(string? channelId) =>
        Capabilities.For(channelId) is { } row && (row.AdaptiveCards || row.Buttons);
}
