using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// Who gets a planned reminder when it fires, and what each is told. Deadline pushes go only to the people who still
/// owe that deliverable according to the <see cref="ObligationLedger"/> at that moment; an escalation goes to the
/// secretaries listing who is late; the meeting-day notice goes to every participant. The meeting's current
/// deadlines are used (not the plan's), and a push that no longer makes sense at the moment it fires reaches nobody.
/// </summary>
public static class ReminderRecipients
{
    public static ResolvedReminder Resolve(PlannedReminder reminder, MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return ResolvedReminder.Nobody(reminder);
        }

        if (RectificationReminders.IsRectification(reminder.Kind))
        {
            return RectificationReminders.Resolve(reminder, dossier, now);
        }

        if (reminder.Kind == ReminderKind.PhaseDeadline)
        {
            return PhaseReminders.Resolve(reminder, dossier, template);
        }

        if (reminder.Kind == ReminderKind.ReviewWaiting)
        {
            return ReviewWaitingReminders.Resolve(reminder, dossier, template, now);
        }

        if (reminder.Kind == ReminderKind.MeetingDay)
        {
            return now >= meeting.StartsAt ? ResolvedReminder.Nobody(reminder) : Notice(reminder, meeting);
        }

        if (reminder.DeliverableId is not { } deliverableId
            || template.FindDeliverable(deliverableId) is not { } deliverable
            || meeting.DeadlineOf(deliverableId) is not { } deadline
            || !StillRelevant(reminder.Kind, deadline.Due, meeting.StartsAt, now))
        {
            return ResolvedReminder.Nobody(reminder);
        }

        var owing = Owing(dossier, template, deliverableId);
        var due = ReminderTexts.LocalTime(deadline.LocalDue, meeting.TimeZoneId);
        var values = new Dictionary<string, string> { ["days"] = reminder.Occurrence.ToString(CultureInfo.InvariantCulture) };

        if (reminder.Kind == ReminderKind.Escalation)
        {
            if (owing.Count == 0)
            {
                return ResolvedReminder.Nobody(reminder);
            }

            var late = owing.Keys.ToList();
            var text = ReminderTexts.WithList(Named(ReminderTexts.WithEach(ReminderTexts.Escalation.With(values), "due", due), deliverable.Name, reminder.Occurrence), "late", [.. late.Select(meeting.NameOf).Select(MarkdownEscape.Text)]);
            return new ResolvedReminder(reminder, [.. meeting.With(Role.Secretary).Select(s => new ReminderMessage(s.UserId, s.Name, text))], late);
        }

        var wording = reminder.Kind switch
        {
            ReminderKind.BeforeDeadline => ReminderTexts.BeforeDeadline,
            ReminderKind.OnDeadlineDay => ReminderTexts.OnDeadlineDay,
            _ => ReminderTexts.Overdue,
        };
        var common = Then(Named(ReminderTexts.WithEach(wording.With(values), "due", due), deliverable.Name, reminder.Occurrence), ReminderTexts.NextStep(deliverable.Kind));
        var messages = owing.Select(o =>
            new ReminderMessage(o.Key, meeting.NameOf(o.Key), common.With("count", o.Value.ToString(CultureInfo.InvariantCulture))));
        return new ResolvedReminder(reminder, [.. messages], []);
    }

    /// <summary>
    /// Per person, how many items of the deliverable they still have to do, in roster order. Complete items owe
    /// nothing; a submitted item waiting for the lead's review is the lead's turn, not the author's; a recorded talk
    /// waits only for the party who must confirm it.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Owing(MeetingDossier dossier, ProcessTemplate template, string deliverableId)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var status in ObligationLedger.For(dossier, template).Where(s => s.Obligation.DeliverableId == deliverableId))
        {
            foreach (var userId in StillOwedBy(status))
            {
                counts[userId] = counts.GetValueOrDefault(userId) + 1;
            }
        }

        var roster = dossier.Meeting.Participants.Select(p => p.UserId).ToList();
        return counts.OrderBy(c => roster.IndexOf(c.Key) is var i and >= 0 ? i : int.MaxValue)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    private static IEnumerable<string> StillOwedBy(ObligationStatus status) => status switch
    {
        { IsComplete: true } => [],
        { Progress: Progress.Submitted or Progress.Resubmitted } => [],
        { Progress: Progress.Recorded, AwaitedFrom: { } awaited } => [awaited],
        _ => status.Obligation.OwedBy,
    };

    /// <summary>Reminders ahead of a deadline only before it; lateness only after it and before the meeting it prepares.</summary>
    private static bool StillRelevant(ReminderKind kind, DateTimeOffset due, DateTimeOffset startsAt, DateTimeOffset now) => kind switch
    {
        ReminderKind.BeforeDeadline or ReminderKind.OnDeadlineDay => now < due,
        _ => now > due && (due >= startsAt || now < startsAt),
    };

    private static ResolvedReminder Notice(PlannedReminder reminder, Meeting meeting)
    {
        var text = ReminderTexts.WithEach(ReminderTexts.MeetingDay.With(new Dictionary<string, string>
        {
            ["theme"] = MarkdownEscape.Text(meeting.Theme),
            ["place"] = MarkdownEscape.Text(meeting.Place),
        }), "time", ReminderTexts.LocalTime(meeting.LocalStart, meeting.TimeZoneId));
        return new ResolvedReminder(reminder, [.. meeting.Participants.Select(p => new ReminderMessage(p.UserId, p.Name, text))], []);
    }

    /// <summary>A text followed by its next step as a paragraph of its own (after a Markdown list too, not inside its last item).</summary>
    internal static BilingualText Then(BilingualText text, BilingualText next) =>
        new(text.ZhCn + "\n\n" + next.ZhCn, text.En + "\n\n" + next.En);

    /// <summary>The deliverable's name and the span of days, each in its text's language.</summary>
    private static BilingualText Named(BilingualText text, BilingualText name, int days) =>
        ReminderTexts.WithEach(ReminderTexts.WithEach(text, "deliverable", name), "span", ReminderTexts.Days(days));
}
