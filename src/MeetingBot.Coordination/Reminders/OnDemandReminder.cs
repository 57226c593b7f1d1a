using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// The secretary's 立即提醒 / remind now: one push to each person who owes anything at that moment, listing what and
/// by when, resolved exactly as a scheduled reminder is (<see cref="ReminderRecipients.Owing"/>). Each request is its
/// own occurrence, keyed by its instant and the request, so the ledger keeps one push per person per request — also
/// when the request is handled again (a channel's redelivery after the instance handling it died mid-fan-out).
/// </summary>
public static class OnDemandReminder
{
    public const string Segment = "on-demand";

    /// <param name="requestedAt">When it was asked for: the request's own time, the same on a redelivery of it.</param>
    /// <param name="requestId">What tells this request from another asked in the same millisecond (the activity's id, hashed).</param>
    public static PlannedReminder At(string meetingId, DateTimeOffset requestedAt, string? requestId = null) => new(
        $"meetings/{meetingId}/reminders/{Segment}/all/{requestedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}"
            + (string.IsNullOrEmpty(requestId) ? string.Empty : "-" + requestId),
        ReminderKind.OnDemand, null, requestedAt, 0);

    /// <summary>Whether a reminder key is a 立即提醒's (meetings/{id}/reminders/on-demand/…).</summary>
    public static bool IsOnDemand(string reminderKey) =>
        reminderKey.Split('/') is [_, _, "reminders", Segment, ..];

    public static ResolvedReminder Resolve(PlannedReminder reminder, MeetingDossier dossier, ProcessTemplate template)
    {
        var meeting = dossier.Meeting;
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return ResolvedReminder.Nobody(reminder);
        }

        var owed = new Dictionary<string, List<BilingualText>>(StringComparer.Ordinal);
        foreach (var deliverable in template.DeliverablesInPhaseOrder())
        {
            if (meeting.DeadlineOf(deliverable.Id) is not { } deadline)
            {
                continue;
            }

            foreach (var (userId, count) in ReminderRecipients.Owing(dossier, template, deliverable.Id))
            {
                var named = ReminderTexts.WithEach(ReminderTexts.OnDemandLine, "deliverable", deliverable.Name);
                var line = ReminderTexts.WithEach(named, "due", ReminderTexts.LocalTime(deadline.LocalDue, meeting.TimeZoneId))
                    .With("count", count.ToString(CultureInfo.InvariantCulture));
                (owed.TryGetValue(userId, out var lines) ? lines : owed[userId] = []).Add(line);
            }
        }

        var heading = ReminderTexts.OnDemand.With("theme", MarkdownEscape.Text(meeting.Theme));
        var messages = meeting.Participants
            .Where(p => owed.ContainsKey(p.UserId))
            .Select(p => new ReminderMessage(p.UserId, p.Name, ReminderRecipients.Then(Lines(heading, owed[p.UserId]), ReminderTexts.OnDemandNextStep)));
        return new ResolvedReminder(reminder, [.. messages], []);
    }

    private static BilingualText Lines(BilingualText heading, IEnumerable<BilingualText> lines) =>
        lines.Aggregate(heading, (text, line) => new BilingualText(text.ZhCn + "\n" + line.ZhCn, text.En + "\n" + line.En));
}
