using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// When a meeting's work is over: rectification follows the meeting for months (整改落实), so its end is the last
/// task's due date once a list exists, and never earlier than the meeting (or the day it was held) plus the period
/// the office allows for rectification, nor earlier than any of the meeting's deadlines.
/// </summary>
public static class RectificationPeriod
{
    public static DateTimeOffset EndOf(MeetingDossier dossier, TimeSpan period)
    {
        var meeting = dossier.Meeting;
        var end = (meeting.HeldAt ?? meeting.StartsAt) + period;
        foreach (var deadline in meeting.Deadlines)
        {
            end = deadline.Due > end ? deadline.Due : end;
        }

        if (dossier.Rectification is { Tasks.Count: > 0 } list && WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            var lastTask = list.Tasks.Max(t => t.DueAt(zone));
            end = lastTask > end ? lastTask : end;
        }

        return end;
    }
}
