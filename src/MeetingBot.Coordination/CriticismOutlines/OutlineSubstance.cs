using System.Globalization;

namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>How much a text says once stock phrases, punctuation and spaces are taken out, counted in characters.</summary>
internal static class OutlineSubstance
{
    public static int Of(string? text, IReadOnlyList<string> stockPhrases)
    {
        var rest = text ?? "";
        foreach (var phrase in stockPhrases.Where(p => p.Length > 0).OrderByDescending(p => p.Length))
        {
            rest = rest.Replace(phrase, " ", StringComparison.OrdinalIgnoreCase);
        }

        return rest.Count(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)
            && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format);
    }

    public static string? FirstStockPhrase(string text, IReadOnlyList<string> stockPhrases) =>
        stockPhrases.Where(p => p.Length > 0).OrderByDescending(p => p.Length)
            .FirstOrDefault(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
}
