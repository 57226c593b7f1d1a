namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>Local wall-clock times in a zone as instants, across daylight-saving changes.</summary>
internal static class ZonedTime
{
    /// <returns>
    /// The instant, with the offset in force at that local time; null when the zone skips it (clocks go forward).
    /// A local time that happens twice (clocks go back) is its first occurrence, as RFC 5545 (iCalendar) reads it:
    /// the user cannot type which one they mean, and the earlier one is the one that arrives first.
    /// </returns>
    public static DateTimeOffset? At(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// 00:00 of the day. Where clocks go forward at midnight (America/Santiago, Asia/Beirut) there is no 00:00;
    /// the offset from just before the change then makes 00:00 name the instant the day actually begins.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return At(midnight, zone) ?? new DateTimeOffset(midnight, zone.GetUtcOffset(midnight.AddTicks(-1)));
    }
}
