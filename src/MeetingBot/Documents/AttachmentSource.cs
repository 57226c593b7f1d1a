using MeetingBot.BotFramework.Authentication;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Documents;

/// <summary>
/// Where the bot may fetch a file someone sent: only from the channel's own file hosts, never from an address a
/// person typed. A file of the service's own web chat arrives inside the message (a <c>data:</c> URL from the Direct
/// Line upload), so nothing is fetched for it. Anywhere else the URL must be https (http only on loopback) and its host
/// one of <see cref="UploadOptions.AttachmentHosts"/> (Bot Framework, Teams and SharePoint hosts by default) or the
/// very origin of the activity's serviceUrl (the channel's connector, the Emulator on the developer's machine).
/// </summary>
internal static class AttachmentSource
{
    public static bool IsAllowed(Uri url, Activity activity, IReadOnlyList<string> attachmentHosts)
    {
        if (DirectLinePaths.ClaimsHosted(activity.ChannelId, activity.ServiceUrl) || !SecureEndpoint.IsAcceptable(url.AbsoluteUri))
        {
            return false;
        }

        return IsSameOrigin(url, activity.ServiceUrl) || attachmentHosts.Any(pattern => HostMatches(url.IdnHost, pattern));
    }

    /// <summary>A redirect is followed only within the origin it came from: no other host, scheme or port.</summary>
    public static bool IsSameOrigin(Uri url, Uri other) =>
        string.Equals(url.Scheme, other.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.IdnHost, other.IdnHost, StringComparison.OrdinalIgnoreCase)
        && url.Port == other.Port;

    private static bool IsSameOrigin(Uri url, string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service) && IsSameOrigin(url, service);

    // "*.example.com" is any host under example.com (not example.com itself); anything else is one exact host.
    private static bool HostMatches(string host, string pattern)
    {
        pattern = pattern.Trim();
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.Length > pattern.Length - 1 && host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
    }
}
