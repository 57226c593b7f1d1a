using Capabilities = MeetingBot.BotFramework.Schema.ChannelCapabilities;

namespace MeetingBot.Chat;

/// <summary>What a channel can show, asked of the protocol layer's one table (never of the channel id).</summary>
public static class ChannelCapabilities
{
    /// <summary>
    /// Whether an Adaptive Card reaches the person with its buttons working: rendered by the channel, or translated by
    /// its adapter into the platform's own button card whose presses come back as card submits (WeCom's template_card).
    /// Channels without get text (with suggested actions where they show <see cref="BotFramework.Schema.ChannelCapabilities.Buttons"/>).
    /// </summary>
    public static bool RendersAdaptiveCards(string? channelId) => Capabilities.For(channelId).AdaptiveCards;
}
