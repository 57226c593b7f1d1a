using System.Net;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>Where the bot may fetch keys from or send its token to: https, or plain http on loopback (tests, local emulators).</summary>
public static class SecureEndpoint
{
    public static bool IsAcceptable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
