using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reminders;

/// <summary>Moves a local push time that falls in the quiet hours to the morning end of the quiet window.</summary>
public static class QuietHoursDeferral
{
    public static DateTime Defer(DateTime local, QuietHours quiet)
    {
        var time = TimeOnly.FromDateTime(local);
        if (!quiet.Contains(time))
        {
            return local;
        }

        // A window crossing midnight (22:00–08:00) ends on the next day when the push is in its evening part.
        var day = quiet.From > quiet.To && time >= quiet.From ? local.Date.AddDays(1) : local.Date;
        return DateTime.SpecifyKind(day + quiet.To.ToTimeSpan(), DateTimeKind.Unspecified);
    }
}
