using System.Text;

namespace MeetingBot.Coordination.Texts;

/// <summary>
/// Text a person typed (a theme, a name, a place, a reason, a comment, a task) made safe to place inside a message
/// that Teams and Web Chat render as Markdown: it then shows as the characters typed, never as a link, an image,
/// emphasis, a heading or a list. Only ASCII markup characters get a backslash, so Chinese text and its full-width
/// punctuation pass through untouched. Applied where user text is put into a bot-composed message, never to the
/// bot's own markup, and once (an escaped text escaped again would show its backslashes).
/// Web Chat also turns bare addresses into links (markdown-it's linkify: "http://…", "www.…", "evil.com",
/// "a@b.com"), so the colon of "://" and the dot of a domain ("evil.com", not "3.1") are escaped too: a backslash
/// before ASCII punctuation is a plain character in CommonMark, and the address is then no longer recognised.
/// </summary>
public static class MarkdownEscape
{
    // Links and images ([ ] and the ! before them), autolinks and HTML (< >), emphasis, code, tables, headings.
    private const string Specials = "\\`*_[]<>|~#!";

    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Specials.Contains(c, StringComparison.Ordinal) || (lineStart && c is '-' or '+' or '=') || IsOrderedListMarker(text, i)
                || IsAddressPart(text, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c is '\n' or '\r' || (lineStart && c is ' ' or '\t');
        }

        return escaped.ToString();
    }

    // The colon of a scheme ("http://") and a dot between a letter or digit and a letter (a domain: "evil.com").
    private static bool IsAddressPart(string text, int at) => text[at] switch
    {
        ':' => at + 1 < text.Length && text[at + 1] == '/',
        '.' => at > 0 && at + 1 < text.Length && char.IsAsciiLetterOrDigit(text[at - 1]) && char.IsAsciiLetter(text[at + 1]),
        _ => false,
    };

    // "1." or "1)" at the start of a line would begin an ordered list: the dot is escaped.
    private static bool IsOrderedListMarker(string text, int at)
    {
        if (text[at] is not ('.' or ')') || at == 0)
        {
            return false;
        }

        var digits = at;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        return digits < at && (digits == 0 || text[digits - 1] is '\n' or '\r' or ' ' or '\t') && LineStartsAt(text, digits);
    }

    private static bool LineStartsAt(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }

            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
