using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// The pushes of the rectification timetable: to the owner 3 and 1 days before a task's due date and on the day
/// (09:00 local), to the owner the day after it if not done, and to the secretaries two days after it. Done tasks get
/// none, nor do tasks waiting for acceptance. Quiet hours and daylight saving apply as for every other push. Resolved when they fire: a task done in
/// the meantime reaches nobody.
/// </summary>
public static class RectificationReminders
{
    public static readonly IReadOnlyList<int> DaysBefore = [3, 1];
    public static readonly TimeOnly At = new(9, 0);
    public const int OverdueDay = 1;
    public const int EscalateAfterDays = 2;

    public static bool IsRectification(ReminderKind kind) =>
        kind is ReminderKind.RectificationDue or ReminderKind.RectificationOverdue or ReminderKind.RectificationEscalation;

    public static IEnumerable<PlannedReminder> Plan(Meeting meeting, RectificationList? list, QuietHours quiet, TimeZoneInfo zone)
    {
        foreach (var task in (list?.Tasks ?? []).Where(t => t.OwnerOwes))
        {
            var dueAt = task.DueAt(zone);
            foreach (var days in DaysBefore.Append(0))
            {
                var fireAt = Instant(task.DueDate.AddDays(-days), quiet, zone);
                if (fireAt < dueAt)
                {
                    yield return Planned(meeting, ReminderKind.RectificationDue, task.Number, days, fireAt);
                }
            }

            yield return Planned(meeting, ReminderKind.RectificationOverdue, task.Number, OverdueDay, Instant(task.DueDate.AddDays(OverdueDay), quiet, zone));
            yield return Planned(meeting, ReminderKind.RectificationEscalation, task.Number, EscalateAfterDays, Instant(task.DueDate.AddDays(EscalateAfterDays), quiet, zone));
        }
    }

    public static ResolvedReminder Resolve(PlannedReminder reminder, MeetingDossier dossier, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        if (reminder.TaskNumber is not { } number || dossier.Rectification?.Find(number) is not { } task
            || !task.OwnerOwes || !WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            return ResolvedReminder.Nobody(reminder);
        }

        var dueAt = task.DueAt(zone);
        var overdue = reminder.Kind != ReminderKind.RectificationDue;
        if (overdue ? now < dueAt : now >= dueAt)
        {
            return ResolvedReminder.Nobody(reminder);
        }

        var values = new Dictionary<string, string>
        {
            ["number"] = number.ToString(CultureInfo.InvariantCulture),
            ["measure"] = MarkdownEscape.Text(task.Measure),
            ["due"] = task.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["owner"] = MarkdownEscape.Text(meeting.NameOf(task.OwnerId)),
        };
        var wording = reminder.Kind switch
        {
            ReminderKind.RectificationDue when reminder.Occurrence == 0 => ReminderTexts.RectificationDueToday,
            ReminderKind.RectificationDue => ReminderTexts.RectificationDue,
            ReminderKind.RectificationOverdue => ReminderTexts.RectificationOverdue,
            _ => ReminderTexts.RectificationEscalation,
        };
        var text = ReminderTexts.WithEach(wording.With(values), "span", ReminderTexts.Days(reminder.Occurrence));
        if (reminder.Kind == ReminderKind.RectificationEscalation)
        {
            return new ResolvedReminder(reminder, [.. meeting.With(Role.Secretary).Select(s => new ReminderMessage(s.UserId, s.Name, text))], [task.OwnerId]);
        }

        return new ResolvedReminder(reminder, [new ReminderMessage(task.OwnerId, meeting.NameOf(task.OwnerId), text)], []);
    }

    private static PlannedReminder Planned(Meeting meeting, ReminderKind kind, int task, int occurrence, DateTimeOffset fireAt) =>
        new(PlannedReminder.KeyOf(meeting.Id, kind, task, occurrence), kind, null, fireAt, occurrence) { TaskNumber = task };

    private static DateTimeOffset Instant(DateOnly date, QuietHours quiet, TimeZoneInfo zone) =>
        WallClock.ToInstant(QuietHoursDeferral.Defer(date.ToDateTime(At), quiet), zone);
}
