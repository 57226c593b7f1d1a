using System.Collections.Concurrent;
using MeetingBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Which service URLs may receive the bot's token: those vouched for by a signed <c>serviceurl</c> claim (or
/// stored from such an activity) and a configured allow-list. A forged activity cannot redirect the token.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<BotFrameworkAuthenticationOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> _vouched = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        if (SecureEndpoint.IsAcceptable(serviceUrl))
        {
            _vouched.TryAdd(Normalise(serviceUrl), 0);
        }
    }

    public bool IsTrusted(Uri requestUri)
    {
        if (!SecureEndpoint.IsAcceptable(requestUri.AbsoluteUri))
        {
            return false;
        }

        var target = requestUri.AbsoluteUri;
        return _vouched.Keys.Any(prefix => target.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            || options.Value.TrustedServiceUrls.Any(prefix => target.StartsWith(Normalise(prefix), StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalise(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
