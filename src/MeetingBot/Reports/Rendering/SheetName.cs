namespace MeetingBot.Reports.Rendering;

/// <summary>
/// Makes a sheet name legal for Excel: at most 31 characters, none of []:*?/\, not starting or ending with an
/// apostrophe, not blank, not the reserved "History", and unique in the workbook ignoring case.
/// </summary>
public static class SheetName
{
    public const int MaximumLength = 31;
    private const string Forbidden = "[]:*?/\\";

    public static string Legal(string name, ICollection<string> taken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(taken);
        var cleaned = new string(name.Select(c => Forbidden.Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c).ToArray())
            .Trim().Trim('\'').Trim();
        if (cleaned.Length == 0 || string.Equals(cleaned, "History", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = "Sheet" + (taken.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        cleaned = Cut(cleaned, MaximumLength);
        var unique = cleaned;
        for (var n = 2; taken.Any(other => string.Equals(other, unique, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = $" ({n})";
            unique = Cut(cleaned, MaximumLength - suffix.Length).TrimEnd() + suffix;
        }

        return unique;
    }

    // Cuts at a text element boundary so a surrogate pair is never split.
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var info = new System.Globalization.StringInfo(text);
        var elements = 0;
        var chars = 0;
        while (elements < info.LengthInTextElements)
        {
            var next = info.SubstringByTextElements(elements, 1).Length;
            if (chars + next > length)
            {
                break;
            }

            chars += next;
            elements++;
        }

        return text[..chars].TrimEnd('\'');
    }
}
