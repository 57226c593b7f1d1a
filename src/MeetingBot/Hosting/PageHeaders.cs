using System.Security.Cryptography;

namespace MeetingBot.Hosting;

/// <summary>
/// The headers every page the service serves to a browser carries (/chat and its files, the public board): its
/// content security policy, no framing (in the policy), no MIME sniffing, no referrer (page addresses carry
/// credentials), not cached, not indexed.
/// </summary>
public static class PageHeaders
{
    public const string NoStore = "no-store";

    public static void Apply(HttpResponse response, string contentSecurityPolicy, string cacheControl = NoStore)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = cacheControl;
        headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    /// <summary>A fresh nonce for one response's <c>style-src</c>/<c>script-src</c>.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
}
