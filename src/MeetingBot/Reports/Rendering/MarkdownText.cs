using System.Text;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// Escapes text for GitHub-flavoured Markdown: only the ASCII characters that would start markup get a backslash,
/// so Chinese text and its full-width punctuation pass through untouched.
/// </summary>
public static class MarkdownText
{
    // Inline markup anywhere in a line; | too, which is harmless outside tables and required inside them.
    private const string InlineSpecials = "\\`*_[]<>|~";

    /// <summary>One line of inline text; a line that would start a heading, list, quote or rule is defused.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return DefuseLineStart(escaped.ToString());
    }

    /// <summary>A paragraph: its lines escaped and joined with GFM hard line breaks (a trailing backslash).</summary>
    public static string Paragraph(string text) =>
        string.Join("\\\n", Lines(text).Select(Inline));

    /// <summary>A table cell: one line, line breaks as &lt;br&gt; (GFM cells cannot hold a newline).</summary>
    public static string Cell(string text) =>
        string.Join("<br>", Lines(text).Select(line => Inline(line).Trim()));

    private static IEnumerable<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd());

    private static string DefuseLineStart(string line)
    {
        var start = line.Length - line.TrimStart().Length;
        var rest = line[start..];
        if (rest.Length == 0)
        {
            return line;
        }

        // # heading, > quote, - + list or rule, = setext underline.
        if (rest[0] is '#' or '>' or '-' or '+' or '=')
        {
            return line[..start] + "\\" + rest;
        }

        // "1. " or "1) " would start an ordered list.
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < rest.Length && rest[digits] is '.' or ')')
        {
            return line[..start] + rest[..digits] + "\\" + rest[digits..];
        }

        return line;
    }
}
