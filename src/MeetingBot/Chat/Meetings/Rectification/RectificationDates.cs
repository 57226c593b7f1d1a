using System.Globalization;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>Due dates are the meeting's local dates, written as 2030-03-31.</summary>
public static class RectificationDates
{
    public static DateOnly Today(Meeting meeting, DateTimeOffset now) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? DateOnly.FromDateTime(WallClock.ToLocal(now, zone)) : DateOnly.FromDateTime(now.UtcDateTime);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
