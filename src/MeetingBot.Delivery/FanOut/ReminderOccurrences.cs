using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// A reminder occurrence as it stands now, from its key: the meeting's current plan (a scheduled reminder that is no
/// longer planned resolves to nobody) or a secretary's 立即提醒; recipients resolved at this moment, so nobody who
/// has delivered meanwhile is reminded.
/// </summary>
public sealed class ReminderOccurrences(IFanOutMeetings meetings, TemplateLibrary templates, TimeProvider time)
{
    public async Task<(MeetingDossier Dossier, ProcessTemplate Template, ResolvedReminder Resolved)?> ResolveAsync(
        string meetingId, string reminderKey, CancellationToken cancellationToken)
    {
        var dossier = await meetings.GetDossierAsync(meetingId, cancellationToken);
        if (dossier is null || templates.Find(dossier.Meeting.TemplateId) is not { } template)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (OnDemandReminder.IsOnDemand(reminderKey))
        {
            var planned = new PlannedReminder(reminderKey, ReminderKind.OnDemand, null, now, 0);
            return (dossier, template, OnDemandReminder.Resolve(planned, dossier, template));
        }

        var reminder = ReminderPlan.For(dossier, template).FirstOrDefault(r => r.Key == reminderKey);
        return reminder is null ? null : (dossier, template, ReminderRecipients.Resolve(reminder, dossier, template, now));
    }
}
