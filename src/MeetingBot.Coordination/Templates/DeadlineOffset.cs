using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Coordination.Templates;

/// <summary>
/// A deadline relative to the meeting, as written in a template: <c>-10d</c> is ten days before at the
/// meeting's own time of day, <c>-3d 18:00</c> three days before at 18:00 local time. Offsets are calendar
/// days in the meeting's time zone, so a deadline keeps its wall-clock time across a daylight-saving change.
/// </summary>
public sealed partial record DeadlineOffset(int Days, TimeOnly? TimeOfDay)
{
    /// <summary>
    /// Whether the deadline can fall after the meeting starts. A later day always does; the meeting's own day
    /// at a fixed time may, depending on when the meeting starts, so only the bare <c>0d</c> (the start) is safe.
    /// </summary>
    public bool CanFallAfterTheMeeting => Days > 0 || (Days == 0 && TimeOfDay is not null);

    public static bool TryParse(string text, out DeadlineOffset offset)
    {
        offset = new DeadlineOffset(0, null);
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["days"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            return false;
        }

        TimeOnly? time = null;
        if (match.Groups["time"].Success)
        {
            if (!TimeOnly.TryParseExact(match.Groups["time"].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return false;
            }

            time = parsed;
        }

        offset = new DeadlineOffset(days, time);
        return true;
    }

    /// <summary>The local date and time of the deadline for a meeting starting at <paramref name="meetingLocalStart"/>.</summary>
    public DateTime LocalDueFor(DateTime meetingLocalStart)
    {
        var day = meetingLocalStart.Date.AddDays(Days);
        var time = TimeOfDay?.ToTimeSpan() ?? meetingLocalStart.TimeOfDay;
        return DateTime.SpecifyKind(day + time, DateTimeKind.Unspecified);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Days:+0;-0;0}d") + (TimeOfDay is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "");

    [GeneratedRegex(@"^(?<days>[+-]?\d{1,3})d(\s+(?<time>\d{1,2}:\d{2}))?$")]
    private static partial Regex Pattern();
}
