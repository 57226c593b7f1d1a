namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Turns a local date and time in an IANA time zone into an instant, deciding the two daylight-saving edge
/// cases the same way every time: a time skipped by the spring-forward gap moves forward by the gap (02:30
/// becomes 03:30), and a time that occurs twice in the autumn means its first occurrence.
/// </summary>
public static class WallClock
{
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            // The first occurrence is the one with the larger offset (still on daylight time).
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        if (zone.IsInvalidTime(local))
        {
            // Read with the offset in force before the gap: the instant lands the gap's length later on the clock.
            var before = zone.GetUtcOffset(local.AddHours(-6));
            var instant = new DateTimeOffset(local.Add(-before).Ticks, TimeSpan.Zero);
            return instant.ToOffset(zone.GetUtcOffset(instant));
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static bool TryFindZone(string? timeZoneId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(timeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found))
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>The local wall-clock time of an instant in a zone.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);
}
