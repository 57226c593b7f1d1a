namespace MeetingBot.BotFramework.DirectLine;

/// <summary>Where the endpoint lives and how its own conversations are recognised.</summary>
public static class DirectLinePaths
{
    public const string Base = "/v3/directline";

    /// <summary>
    /// Ends the serviceUrl of hosted conversations. Azure's Direct Line serviceUrls are host roots, so a reference
    /// with this suffix and channel <c>directline</c> is ours and its replies go to the queue, not to HTTP.
    /// </summary>
    public const string ServiceUrlSuffix = "/v3/directline/";

    public static bool IsHosted(string? channelId, string? serviceUrl) =>
        channelId == Schema.Channels.DirectLine
        && serviceUrl is not null
        && serviceUrl.EndsWith(ServiceUrlSuffix, StringComparison.OrdinalIgnoreCase);
}
