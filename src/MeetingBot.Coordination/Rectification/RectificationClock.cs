using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Rectification;

/// <summary>Dates of rectification are the meeting's local dates.</summary>
internal static class RectificationClock
{
    public static TimeZoneInfo Zone(Meeting meeting) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone)
            ? zone
            : throw new InvalidOperationException($"Meeting {meeting.Id} has an unknown time zone '{meeting.TimeZoneId}'.");

    public static DateOnly Today(Meeting meeting, DateTimeOffset now) => DateOnly.FromDateTime(WallClock.ToLocal(now, Zone(meeting)));
}
