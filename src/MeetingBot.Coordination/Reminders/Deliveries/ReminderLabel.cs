using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders.Deliveries;

/// <summary>A reminder occurrence named for people (item and occurrence) from its key, in both languages.</summary>
public static class ReminderLabel
{
    public static BilingualText Of(string reminderKey, ProcessTemplate template)
    {
        // meetings/{meeting}/reminders/{kind}/{deliverable or meeting/all}/{occurrence}
        var parts = reminderKey.Split('/');
        if (parts.Length < 6)
        {
            return new BilingualText(reminderKey, reminderKey);
        }

        var (kind, item, occurrence) = (parts[3], parts[4], parts[5]);
        var name = template.FindDeliverable(item)?.Name ?? new BilingualText(item, item);
        return kind switch
        {
            "before-deadline" => Named(ReminderTexts.LabelBefore, name, occurrence),
            "on-deadline-day" => Named(ReminderTexts.LabelOnDay, name, occurrence),
            "overdue" => Named(ReminderTexts.LabelOverdue, name, occurrence),
            "escalation" => Named(ReminderTexts.LabelEscalation, name, occurrence),
            "meeting-day" => ReminderTexts.LabelMeetingDay.With("n", occurrence),
            "phase-deadline" => ReminderTexts.WithEach(ReminderTexts.LabelPhase, "phase",
                item == PhaseReminders.ReportPhase ? ReminderTexts.ReportPhaseName : ReminderTexts.RectificationPhaseName).With("n", occurrence),
            OnDemandReminder.Segment => ReminderTexts.LabelOnDemand.With("at", Instant(occurrence)),
            _ => new BilingualText(reminderKey, reminderKey),
        };
    }

    private static BilingualText Named(BilingualText text, BilingualText name, string occurrence) =>
        ReminderTexts.WithEach(text, "deliverable", name).With("n", occurrence);

    /// <summary>20261126T060628123Z → 2026-11-26 06:06:28 UTC.</summary>
    private static string Instant(string stamp) => stamp.Length >= 16 && stamp[8] == 'T'
        ? $"{stamp[..4]}-{stamp[4..6]}-{stamp[6..8]} {stamp[9..11]}:{stamp[11..13]}:{stamp[13..15]} UTC"
        : stamp;
}
