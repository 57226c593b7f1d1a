using Microsoft.Net.Http.Headers;

namespace MeetingBot.Localization;

/// <summary>The language of a web page: Chinese, unless the browser ranks English above Chinese.</summary>
public static class AcceptLanguage
{
    public static UserLocale Of(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranked))
        {
            return UserLocale.ZhCn;
        }

        // The first of zh or en in order of quality (ties keep the browser's order); anything else does not count.
        var preferred = ranked
            .Select((value, index) => (Tag: value.Value.Value ?? string.Empty, Quality: value.Quality ?? 1, index))
            .Where(v => v.Quality > 0 && (Is(v.Tag, "zh") || Is(v.Tag, "en")))
            .OrderByDescending(v => v.Quality)
            .ThenBy(v => v.index)
            .FirstOrDefault();
        return preferred.Tag is { Length: > 0 } tag && Is(tag, "en") ? UserLocale.En : UserLocale.ZhCn;
    }

    private static bool Is(string tag, string language) =>
        tag.Equals(language, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase);
}
