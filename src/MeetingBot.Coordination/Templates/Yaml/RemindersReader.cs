namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// Reads reminder settings: the template's defaults under <c>reminders:</c>, a deliverable's own settings
/// (each key given replaces the default's), quiet hours and the meeting notice.
/// </summary>
internal static class RemindersReader
{
    public static ReminderPolicy Read(YamlMap? map, ReminderPolicy defaults)
    {
        if (map is null)
        {
            return defaults;
        }

        var daysBefore = map.Get("daysBefore") is null ? defaults.DaysBefore : DaysList(map, "daysBefore");
        var onDayAt = map.Get("onDayAt") is null ? defaults.OnDayAt : map.Time("onDayAt");
        var overdue = defaults.Overdue;
        if (map.Map("overdue", required: false) is { } overdueMap)
        {
            var dailyAt = overdueMap.Time("dailyAt");
            var max = overdueMap.Int("max", 0, 60);
            overdueMap.RejectUnknownKeys();
            overdue = dailyAt is null || max is null ? null : max == 0 ? null : new OverdueReminders(dailyAt.Value, max.Value);
            if (dailyAt is null && overdueMap.Get("dailyAt") is null)
            {
                overdueMap.Errors.Add(overdueMap.Node, "missing 'dailyAt'");
            }
        }

        var escalate = map.Get("escalateAfterOverdueDays") is null
            ? defaults.EscalateAfterOverdueDays
            : map.Int("escalateAfterOverdueDays", 1, 60);
        map.RejectUnknownKeys();
        return new ReminderPolicy(daysBefore, onDayAt, overdue, escalate);
    }

    public static QuietHours ReadQuietHours(YamlMap root)
    {
        if (root.Map("quietHours", required: false) is not { } map)
        {
            return QuietHours.Default;
        }

        var from = map.Time("from");
        var to = map.Time("to");
        if (map.Get("from") is null || map.Get("to") is null)
        {
            map.Errors.Add(map.Node, "quietHours needs 'from' and 'to'");
        }

        map.RejectUnknownKeys();
        return from is null || to is null ? QuietHours.Default : new QuietHours(from.Value, to.Value);
    }

    public static MeetingNotice? ReadMeetingNotice(YamlMap root)
    {
        if (root.Map("meetingNotice", required: false) is not { } map)
        {
            return null;
        }

        var notice = new MeetingNotice(DaysList(map, "daysBefore"), map.Time("onDayAt"));
        map.RejectUnknownKeys();
        return notice;
    }

    private static IReadOnlyList<int> DaysList(YamlMap map, string key)
    {
        var days = new List<int>();
        foreach (var text in map.Strings(key))
        {
            if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is > 0 and <= 60)
            {
                days.Add(day);
            }
            else
            {
                map.Errors.Add(map.Get(key)!, $"'{key}' holds whole days from 1 to 60, not '{text}'");
            }
        }

        return [.. days.Distinct().OrderDescending()];
    }
}
