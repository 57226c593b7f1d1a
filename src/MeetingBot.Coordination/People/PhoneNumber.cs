using System.Text.RegularExpressions;

namespace MeetingBot.Coordination.People;

/// <summary>
/// Phone numbers as a Chinese office writes them: a mobile is 11 digits starting with 1 (a +86 prefix, spaces and
/// dashes are dropped); a landline needs its area code (010-12345678, 0755 8888 6666, with an optional extension).
/// Two numbers are the same when their digits are (<see cref="Key"/>), however they were written.
/// </summary>
public static partial class PhoneNumber
{
    /// <returns>The number as stored (mobile: its 11 digits; landline: area code, dash, number), or null when malformed.</returns>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = new string([.. text.Trim().Select(Halfwidth).Where(c => !char.IsWhiteSpace(c))]);
        var digits = compact.Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        else if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }

        if (Mobile().IsMatch(digits))
        {
            return digits;
        }

        var spaced = new string([.. text.Trim().Select(Halfwidth)]).Trim();
        var landline = Landline().Match(spaced);
        return landline.Success
            ? landline.Groups["area"].Value + "-" + landline.Groups["number"].Value
                + (landline.Groups["ext"].Success ? "-" + landline.Groups["ext"].Value : string.Empty)
            : null;
    }

    /// <summary>What two numbers are compared by: their digits.</summary>
    public static string Key(string phone) => new([.. phone.Where(char.IsAsciiDigit)]);

    public static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && Key(a) == Key(b);

    // Excel and Chinese input methods write full-width digits and dashes (１３８００…, －).
    private static char Halfwidth(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '－' or '—' => '-',
        '　' => ' ',
        _ => c,
    };

    [GeneratedRegex(@"^1\d{10}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^\(?(?<area>0\d{2,3})\)?[\s-]?(?<number>\d{7,8})(?:[\s-](?<ext>\d{1,6}))?$")]
    private static partial Regex Landline();
}
