using System.Globalization;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings;

/// <summary>
/// A review reference as people write it: <c>提纲7</c> / <c>outline7</c>, <c>材料3</c> / <c>material3</c>. Either
/// language's word is read in either locale, with or without a space before the number.
/// </summary>
public static class ReviewReferenceText
{
    private static readonly (string Series, string Zh, string En)[] Words =
    [
        (ReviewReference.Outlines, "提纲", "outline"),
        (ReviewReference.Materials, "材料", "material"),
        (ReviewReference.Items, "审阅项", "item"),
    ];

    public static string Of(ReviewReference reference, UserLocale locale)
    {
        var word = Words.FirstOrDefault(w => w.Series == reference.Series);
        var name = word.Series is null ? reference.Series : locale == UserLocale.En ? word.En : word.Zh;
        return name + reference.Number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The reference at the start of <paramref name="text"/> and what follows it; null when it does not start with one.</summary>
    public static (ReviewReference Reference, string After)? Parse(string text)
    {
        var trimmed = text.TrimStart();
        foreach (var (series, zh, en) in Words)
        {
            foreach (var word in (string[])[zh, en])
            {
                if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var rest = trimmed[word.Length..].TrimStart(' ', '\u3000');
                var digits = rest.TakeWhile(char.IsAsciiDigit).Count();
                if (digits > 0 && digits <= 6 && (digits == rest.Length || !char.IsAsciiLetterOrDigit(rest[digits])))
                {
                    return (new ReviewReference(series, int.Parse(rest[..digits], CultureInfo.InvariantCulture)), rest[digits..].Trim());
                }
            }
        }

        return null;
    }
}
