using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// Every push that should exist for a meeting, from its deadlines and the template's reminder policies. Pure: the
/// plan of a meeting is the same whenever it is computed, so a scheduler reconciles its triggers with it by key after
/// every change. Local times are in the meeting's zone (daylight saving by <see cref="WallClock"/>) and a push due in
/// the quiet hours waits for their morning end. Pushes already in the past are kept: the scheduler decides misfires.
/// </summary>
public static class ReminderPlan
{
    public static IReadOnlyList<PlannedReminder> For(Meeting meeting, ProcessTemplate template)
    {
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return [];
        }

        if (!WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            throw new InvalidOperationException($"Meeting {meeting.Id} has an unknown time zone '{meeting.TimeZoneId}'.");
        }

        var planner = new Planner(meeting, zone, template.QuietHours);
        foreach (var deliverable in template.DeliverablesInPhaseOrder())
        {
            if (meeting.DeadlineOf(deliverable.Id) is { } deadline)
            {
                planner.Deadline(deliverable.Id, deadline, deliverable.Reminders);
            }
        }

        if (template.MeetingNotice is { } notice)
        {
            planner.Notice(notice);
        }

        planner.Reminders.AddRange(ReviewWaitingReminders.Plan(meeting, template, template.QuietHours, zone));
        planner.Reminders.AddRange(PhaseReminders.Plan(meeting, template, template.QuietHours, zone));
        return [.. planner.Reminders.OrderBy(r => r.FireAt).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The meeting's reminders and, once tasks exist, the rectification timetable's (<see cref="RectificationReminders"/>).
    /// </summary>
    public static IReadOnlyList<PlannedReminder> For(MeetingDossier dossier, ProcessTemplate template)
    {
        var meeting = dossier.Meeting;
        var plan = For(meeting, template);
        if (meeting.Status == MeetingStatus.Cancelled || dossier.Rectification is null || !WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            return plan;
        }

        return [.. plan.Concat(RectificationReminders.Plan(meeting, dossier.Rectification, template.QuietHours, zone))
            .OrderBy(r => r.FireAt).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>The reminders due at <paramref name="now"/>: fire time reached, but no older than <paramref name="window"/>.</summary>
    public static IReadOnlyList<PlannedReminder> Due(IEnumerable<PlannedReminder> plan, DateTimeOffset now, TimeSpan window) =>
        [.. plan.Where(r => r.FireAt <= now && r.FireAt > now - window)];

    private sealed class Planner(Meeting meeting, TimeZoneInfo zone, QuietHours quiet)
    {
        public List<PlannedReminder> Reminders { get; } = [];

        public void Deadline(string deliverableId, Deadline deadline, ReminderPolicy policy)
        {
            var localDue = deadline.LocalDue;
            foreach (var days in policy.DaysBefore.Where(d => d > 0).Distinct())
            {
                AddBefore(ReminderKind.BeforeDeadline, deliverableId, days, localDue.AddDays(-days), deadline.Due);
            }

            if (policy.OnDayAt is { } onDay)
            {
                AddBefore(ReminderKind.OnDeadlineDay, deliverableId, 0, At(localDue.Date, onDay), deadline.Due);
            }

            if (policy.Overdue is { } overdue)
            {
                for (var day = 1; day <= overdue.MaxCount; day++)
                {
                    AddOverdue(ReminderKind.Overdue, deliverableId, day, At(localDue.Date.AddDays(day), overdue.DailyAt), deadline.Due);
                }
            }

            if (policy.EscalateAfterOverdueDays is { } after and > 0)
            {
                // Exactly that many days late, at the deadline's own local time (then quiet hours apply).
                AddOverdue(ReminderKind.Escalation, deliverableId, after, localDue.AddDays(after), deadline.Due);
            }
        }

        public void Notice(MeetingNotice notice)
        {
            foreach (var days in notice.DaysBefore.Where(d => d > 0).Distinct())
            {
                AddBefore(ReminderKind.MeetingDay, null, days, meeting.LocalStart.AddDays(-days), meeting.StartsAt);
            }

            if (notice.OnDayAt is { } onDay)
            {
                AddBefore(ReminderKind.MeetingDay, null, 0, At(meeting.LocalStart.Date, onDay), meeting.StartsAt);
            }
        }

        /// <summary>A push announcing something: pointless once the thing it announces has come.</summary>
        private void AddBefore(ReminderKind kind, string? deliverableId, int occurrence, DateTime local, DateTimeOffset mustPrecede)
        {
            var fireAt = Instant(local);
            if (fireAt < mustPrecede)
            {
                Add(kind, deliverableId, occurrence, fireAt);
            }
        }

        /// <summary>
        /// A push about lateness: only after the deadline, and for a deadline before the meeting only until the meeting
        /// starts (afterwards there is nothing left to chase).
        /// </summary>
        private void AddOverdue(ReminderKind kind, string deliverableId, int occurrence, DateTime local, DateTimeOffset due)
        {
            var fireAt = Instant(local);
            var chaseUntil = due < meeting.StartsAt ? meeting.StartsAt : DateTimeOffset.MaxValue;
            if (fireAt > due && fireAt < chaseUntil)
            {
                Add(kind, deliverableId, occurrence, fireAt);
            }
        }

        private void Add(ReminderKind kind, string? deliverableId, int occurrence, DateTimeOffset fireAt) =>
            Reminders.Add(new PlannedReminder(PlannedReminder.KeyOf(meeting.Id, kind, deliverableId, occurrence), kind, deliverableId, fireAt, occurrence));

        private DateTimeOffset Instant(DateTime local) => WallClock.ToInstant(QuietHoursDeferral.Defer(local, quiet), zone);

        private static DateTime At(DateTime date, TimeOnly time) => DateTime.SpecifyKind(date + time.ToTimeSpan(), DateTimeKind.Unspecified);
    }
}
