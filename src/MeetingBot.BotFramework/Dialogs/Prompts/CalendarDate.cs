namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>2026-07-15, 7月15日, July 15: a day of a month, with or without a year.</summary>
internal sealed record CalendarDate(int? Year, int Month, int Day) : DatePhrase
{
    /// <summary>
    /// A date without a year that passed this few days ago is reported as past, not moved to next year:
    /// someone typing 7月1日 on 8 July has mistyped or looks back, while 1月5日 typed in July means next January.
    /// </summary>
    public const int RecentlyPassedDays = 30;

    // Keeps every instant representable as a DateTimeOffset in any zone; no meeting is outside it.
    private const int MinYear = 1900;
    private const int MaxYear = 2199;

    // 2月29日 comes round within eight years.
    private const int YearsToNextOccurrence = 8;

    public override DateOnly? Resolve(DateContext context)
    {
        if (Year is { } year)
        {
            return In(year);
        }

        var today = context.Today;
        var thisYear = In(today.Year);
        if (!context.FutureOnly)
        {
            return thisYear;
        }

        if (thisYear is { } candidate
            && (context.IsAhead(candidate) || today.DayNumber - candidate.DayNumber <= RecentlyPassedDays))
        {
            return candidate;
        }

        for (var next = today.Year + 1; next <= today.Year + YearsToNextOccurrence; next++)
        {
            if (In(next) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private DateOnly? In(int year) =>
        year is >= MinYear and <= MaxYear && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month)
            ? new DateOnly(year, Month, Day)
            : null;
}
