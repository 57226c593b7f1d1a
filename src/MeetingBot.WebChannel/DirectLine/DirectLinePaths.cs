namespace MeetingBot.WebChannel.DirectLine;

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
        channelId == BotFramework.Schema.Channels.DirectLine
        && serviceUrl is not null
        && serviceUrl.EndsWith(ServiceUrlSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an activity arriving from outside claims to belong to the hosted web channel: channel
    /// <c>directline</c> (in any case) and a serviceUrl whose path ends in <c>/v3/directline</c> (with or without the
    /// slash, in any case). Such activities enter only through the Direct Line endpoint with its token; the looser
    /// match than <see cref="IsHosted"/> leaves no spelling of our own serviceUrl that slips past.
    /// </summary>
    public static bool ClaimsHosted(string? channelId, string? serviceUrl)
    {
        if (!string.Equals(channelId?.Trim(), BotFramework.Schema.Channels.DirectLine, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return false;
        }

        var path = Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.AbsolutePath) : serviceUrl;
        return path.TrimEnd('/').EndsWith(Base, StringComparison.OrdinalIgnoreCase);
    }
}
