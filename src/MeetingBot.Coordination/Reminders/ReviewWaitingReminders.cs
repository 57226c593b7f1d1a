using System.Globalization;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// A reviewer (the lead; the supervisors for the lead's own items and the collective material; whom an item was handed to) with items waiting for
/// his review longer than a day is reminded: one push a day at 10:00 local (quiet hours
/// apply; an hour after the 09:00 round of overdue pushes, so his do not arrive together) on each day of the template's
/// lead time (from the day of the earliest deadline until the meeting), planned only when the template has anything he
/// reviews. Keyed by days before the meeting, so a reschedule moves them and keeps the keys. Resolved when it fires,
/// so a day with nothing waiting that long reaches nobody.
/// </summary>
public static class ReviewWaitingReminders
{
    public static readonly TimeOnly At = new(10, 0);
    public static readonly TimeSpan WaitingLongerThan = TimeSpan.FromDays(1);

    public static readonly BilingualText Text = new(
        "【待审提醒】有 {count} 项材料等待您审阅已超过一天，最早的已等待 {days} 天。请发送“待审”查看并审阅。",
        "[Review reminder] {count} item(s) have waited more than a day for your review, the oldest {days} day(s). Send “reviews” to see them.");

    /// <summary>Occurrence = days before the meeting's day.</summary>
    public static IEnumerable<PlannedReminder> Plan(Meeting meeting, ProcessTemplate template, QuietHours quiet, TimeZoneInfo zone)
    {
        if (!template.Deliverables.Any(d => d.RequiresApproval) || meeting.Deadlines.Count == 0)
        {
            yield break;
        }

        var meetingDay = meeting.LocalStart.Date;
        for (var day = meeting.Deadlines.Min(d => d.LocalDue).Date; day <= meetingDay; day = day.AddDays(1))
        {
            var fireAt = WallClock.ToInstant(QuietHoursDeferral.Defer(DateTime.SpecifyKind(day + At.ToTimeSpan(), DateTimeKind.Unspecified), quiet), zone);
            if (fireAt < meeting.StartsAt)
            {
                var daysBefore = (int)(meetingDay - day).TotalDays;
                yield return new PlannedReminder(PlannedReminder.KeyOf(meeting.Id, ReminderKind.ReviewWaiting, null, daysBefore), ReminderKind.ReviewWaiting, null, fireAt, daysBefore);
            }
        }
    }

    public static ResolvedReminder Resolve(PlannedReminder reminder, MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        if (now >= meeting.StartsAt)
        {
            return ResolvedReminder.Nobody(reminder);
        }

        // Each item reminds whom it is with (the lead, the supervisors for the lead's own, whom it was handed to).
        var waiting = dossier.Submissions
            .Select(s => (Submission: s, Deliverable: template.FindDeliverable(s.DeliverableId)))
            .Where(x => x.Deliverable is not null && x.Submission.AwaitsReview(x.Deliverable.RequiresApproval) && now - x.Submission.Latest!.SubmittedAt > WaitingLongerThan)
            .SelectMany(x => Reviews.Reviewers.Current(meeting, x.Deliverable!, x.Submission).Select(r => (Reviewer: r, x.Submission.Latest!.SubmittedAt)))
            .Concat(CollectiveWaiting(dossier, template, now))
            .GroupBy(x => x.Reviewer.UserId, StringComparer.Ordinal)
            .ToList();
        if (waiting.Count == 0)
        {
            return ResolvedReminder.Nobody(reminder);
        }

        IReadOnlyList<ReminderMessage> messages =
        [
            .. waiting.Select(items => new ReminderMessage(items.Key, items.First().Reviewer.Name, Text.With(new Dictionary<string, string>
            {
                ["count"] = items.Count().ToString(CultureInfo.InvariantCulture),
                ["days"] = ((int)(now - items.Min(i => i.SubmittedAt)).TotalDays).ToString(CultureInfo.InvariantCulture),
            }))),
        ];
        return new ResolvedReminder(reminder, messages, []);
    }

    /// <summary>The collective material sent for review (送审) longer than a day ago, for each reviewer it is with.</summary>
    private static IEnumerable<(Participant Reviewer, DateTimeOffset SubmittedAt)> CollectiveWaiting(MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now) =>
        dossier.CollectiveMaterial is { } material && CollectiveReview.Deliverable(template) is { } deliverable
            && CollectiveReview.SentAt(material) is { } sent && now - sent > WaitingLongerThan
            ? Reviews.Reviewers.Current(dossier.Meeting, deliverable, dossier.Meeting.Lead.UserId, material.AssignedReviewerId).Select(r => (r, sent))
            : [];
}
