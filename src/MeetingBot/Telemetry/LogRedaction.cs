using System.Text.RegularExpressions;

namespace MeetingBot.Telemetry;

/// <summary>
/// Takes credentials out of text bound for a log: the token segment of link paths (<c>/documents/{token}</c>,
/// <c>/board/{token}</c>, <c>/opinions/{token}</c>, <c>/signin/…/{token}</c>, <c>/dingtalk/actions/{token}</c>), the value of credential query parameters (<c>invite=</c>, <c>t=</c>, <c>token=</c>,
/// <c>code=</c>, …) and anything shaped like a JWT. ASP.NET Core's request lines and log scopes carry the raw path and
/// query, whatever levels the configuration sets, so this runs on every value of every log record and scope.
/// </summary>
public static partial class LogRedaction
{
    public const string Redacted = "[redacted]";

    /// <returns><paramref name="text"/> with every credential replaced by <see cref="Redacted"/>.</returns>
    public static string Redact(string text)
    {
        if (text.Length == 0 || !MayHoldCredential(text))
        {
            return text;
        }

        var redacted = LinkPath().Replace(text, m => m.Groups["prefix"].Value + Redacted);
        redacted = CredentialParameter().Replace(redacted, m => m.Groups["prefix"].Value + Redacted);
        return JsonWebToken().Replace(redacted, Redacted);
    }

    /// <summary>A value of a log record or scope: text (and paths, query strings, URIs) redacted, anything else as is.</summary>
    public static object? Redact(object? value) => value switch
    {
        null => null,
        string text => Redact(text),
        Uri or PathString or QueryString or Microsoft.AspNetCore.Http.HostString => Redact(value.ToString() ?? string.Empty),
        _ => value,
    };

    // Cheap pre-check: most log values hold none of these.
    private static bool MayHoldCredential(string text) =>
        text.Contains('=', StringComparison.Ordinal)
        || text.Contains("/documents/", StringComparison.OrdinalIgnoreCase)
        || text.Contains("/board/", StringComparison.OrdinalIgnoreCase)
        || text.Contains("/opinions/", StringComparison.OrdinalIgnoreCase)
        || text.Contains("/signin/", StringComparison.OrdinalIgnoreCase)
        || text.Contains("/dingtalk/actions/", StringComparison.OrdinalIgnoreCase)
        || text.Contains("eyJ", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<prefix>/(?:documents|board|opinions|signin(?:/meeting|/sheet)?|dingtalk/actions)/)[^/?#\s""'&<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPath();

    [GeneratedRegex(@"(?<prefix>(?:^|[?&;\s""'])(?:invite|t|token|code|state|id_token|access_token|refresh_token|tempauth|sig)=)[^&#\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialParameter();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex JsonWebToken();
}
