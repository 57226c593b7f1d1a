namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Recognises a date, a time or both as people type them in chat, in Chinese or English
/// (明天下午3点, 7月15日15:30, 下周五, 三天后, tomorrow 3pm, Jul 15, 2026 3:30 pm), in the user's time zone.
/// </summary>
/// <remarks>
/// It does not guess: an hour that could be morning or afternoon is Ambiguous, and text with anything besides
/// the date and time is Unrecognized. Weeks start on Monday; 下周五 and English "next Friday" are both the
/// Friday of next week (said on a Wednesday, "next Friday" is nine days away, not two), 本周五 / this Friday is
/// the current week's, and plain 周五 / Friday the next one to come. Digits with a colon are the 24-hour clock
/// (9:30 is 09:30), as people in China write them; 3点 or "at 3" needs 下午 / pm.
/// </remarks>
public static class DateTimeText
{
    /// <summary>The zone of users who have not told us theirs.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>The user's zone from its IANA id, or the default zone when the id is missing or unknown here.</summary>
    public static TimeZoneInfo ZoneOrDefault(string? ianaId) =>
        !string.IsNullOrWhiteSpace(ianaId) && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);

    /// <summary>Recognises in the default zone (Asia/Shanghai).</summary>
    public static DateTimeRecognition Recognize(string text, DateTimeOffset now, bool futureOnly) =>
        Recognize(text, ZoneOrDefault(null), now, futureOnly);

    /// <param name="text">What the user typed.</param>
    /// <param name="zone">The user's time zone: dates and times are read on its wall clock.</param>
    /// <param name="now">The current instant, from the caller's TimeProvider.</param>
    /// <param name="futureOnly">
    /// A date or time already past is refused as InThePast rather than moved; only a date typed without a year
    /// moves, to next year, and only when this year's passed more than 30 days ago (7月1日 typed on 8 July is
    /// InThePast; 1月5日 typed in July is next January).
    /// </param>
    public static DateTimeRecognition Recognize(string text, TimeZoneInfo zone, DateTimeOffset now, bool futureOnly)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var phrase = DateTimePhrase.Read(ChatTextNormalizer.Normalize(text));
        return phrase is null ? DateTimeRecognition.Unrecognized : Resolve(phrase, zone, now, futureOnly);
    }

    private static DateTimeRecognition Resolve(DateTimePhrase phrase, TimeZoneInfo zone, DateTimeOffset now, bool futureOnly)
    {
        var wallClock = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var today = DateOnly.FromDateTime(wallClock);
        TimeOnly? time = phrase.Clock is { IsAmbiguous: false } clock ? clock.Time : null;
        var context = new DateContext(
            today,
            futureOnly,
            HasExactTime: time is not null,
            IsAhead: day => time is { } t ? day.ToDateTime(t) > wallClock : day >= today);

        // The date is checked before the hour, so 2月30日3点 is Unrecognized rather than Ambiguous.
        if ((phrase.Date ?? DatePhrase.Today).Resolve(context) is not { } date)
        {
            return DateTimeRecognition.Unrecognized;
        }

        if (phrase.Clock is { IsAmbiguous: true })
        {
            return DateTimeRecognition.Ambiguous;
        }

        if (time is not { } timeOfDay)
        {
            return Outcome(ZonedTime.StartOfDay(date, zone), hasTime: false, passed: date < today, futureOnly);
        }

        return ZonedTime.At(date.ToDateTime(timeOfDay), zone) is { } instant
            ? Outcome(instant, hasTime: true, passed: instant <= now, futureOnly)
            : DateTimeRecognition.Ambiguous;
    }

    private static DateTimeRecognition Outcome(DateTimeOffset value, bool hasTime, bool passed, bool futureOnly) =>
        new(futureOnly && passed ? DateTimeRecognitionStatus.InThePast : DateTimeRecognitionStatus.Recognized, value, hasTime);
}
