using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>Brings the many spellings people type in chat to one, so the date and time grammars stay small.</summary>
internal static partial class ChatTextNormalizer
{
    // Far longer than any date-time phrase; a longer message is a sentence, not an answer to a date prompt.
    private const int MaxInputLength = 200;

    public static string Normalize(string? text)
    {
        // Date-time phrases never contain astral characters (emoji); a lone surrogate would make Normalize throw.
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength || text.Any(char.IsSurrogate))
        {
            return string.Empty;
        }

        // NFKC folds what Chinese input methods type in full width (１５：３０, ＰＭ, ！，) into ASCII.
        var s = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        s = DottedMeridiem().Replace(s, "$1m");
        s = EdgePunctuation().Replace(s, string.Empty);
        s = SpaceBesideHan().Replace(s, string.Empty);
        s = Whitespace().Replace(s, " ");
        s = IsoTimeDesignator().Replace(s, " ");
        s = EveningContraction().Replace(s, "$1天晚上");
        s = MorningContraction().Replace(s, "$1天早上");
        return ChineseNumerals.ToDigits(s);
    }

    [GeneratedRegex(@"(?<![a-z])([ap])\.\s?m\.?(?![a-z])")]
    private static partial Regex DottedMeridiem();

    // Chat answers end with 。 or ! as often as not; none of it changes the date.
    [GeneratedRegex(@"^[\s.,;:!?。、~]+|[\s.,;:!?。、~]+$")]
    private static partial Regex EdgePunctuation();

    // Chinese needs no spaces (7月15日 下午3点), so spaces next to a Han character carry no meaning.
    [GeneratedRegex(@"\s+(?=\p{IsCJKUnifiedIdeographs})|(?<=\p{IsCJKUnifiedIdeographs})\s+")]
    private static partial Regex SpaceBesideHan();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // 2026-07-15T15:00 reads like 2026-07-15 15:00.
    [GeneratedRegex(@"(?<=\d)t(?=\d)")]
    private static partial Regex IsoTimeDesignator();

    // 今晚 / 明晚 are the everyday way to say 今天晚上 / 明天晚上.
    [GeneratedRegex("(今|明)晚(?!上)")]
    private static partial Regex EveningContraction();

    [GeneratedRegex("(今|明)早(?![上晨])")]
    private static partial Regex MorningContraction();
}
