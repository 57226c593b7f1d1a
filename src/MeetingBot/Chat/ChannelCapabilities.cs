namespace MeetingBot.Chat;

/// <summary>What a channel can show. Channels not listed get text only.</summary>
public static class ChannelCapabilities
{
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "msteams", "webchat", "directline", "emulator",
    };

    public static bool RendersAdaptiveCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);
}
