namespace MeetingBot.WebChannel;

/// <summary>
/// The content security policy of /chat, fitted to what Web Chat 4.18 does (checked in Chromium by the browser
/// tests, which fail on any violation): scripts only from this origin (no inline script, no eval); styles from this
/// origin and the &lt;style&gt; elements Web Chat inserts, which carry the page's nonce (all but one: the transcript's
/// scroller, react-scroll-to-bottom, inserts an empty &lt;style&gt; without it and fills it through the CSSOM, which
/// CSP does not govern; the hash of empty content admits that element and nothing with content); pictures and media of
/// attachments as blob: and data: URLs; connections (Direct Line, its WebSocket) to this origin only; no framing.
/// </summary>
public static class ChatPagePolicy
{
    private const string EmptyStyleHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

    public static string For(string nonce) =>
        "default-src 'self'; script-src 'self'; " +
        $"style-src 'self' 'nonce-{nonce}' {EmptyStyleHash}; " +
        "img-src 'self' blob: data:; media-src 'self' blob: data:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The page's files (script, style sheet) are never documents: nothing of theirs may load or frame.</summary>
    public const string ForFiles = "default-src 'none'; frame-ancestors 'none'";
}
