namespace MeetingBot.Invitations;

/// <summary>
/// The content security policy of /chat, fitted to what Web Chat 4.18 does (checked in Chromium by the browser
/// tests, which fail on any violation): scripts only from this origin (no inline script, no eval); styles from this
/// origin and the &lt;style&gt; elements Web Chat inserts, which carry the page's nonce; pictures and media of
/// attachments as blob: and data: URLs; connections (Direct Line, its WebSocket) to this origin only; no framing.
/// </summary>
public static class ChatPagePolicy
{
    public static string For(string nonce) =>
        "default-src 'self'; script-src 'self'; " +
        $"style-src 'self' 'nonce-{nonce}'; " +
        "img-src 'self' blob: data:; media-src 'self' blob: data:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The page's files (script, style sheet) are never documents: nothing of theirs may load or frame.</summary>
    public const string ForFiles = "default-src 'none'; frame-ancestors 'none'";
}
