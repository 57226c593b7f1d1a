using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders;

/// <summary>
/// The deadlines of the phases after the meeting, from the template's <c>afterMeeting</c> days counted from the day the
/// meeting was held (18:00 local): the report phase (the report delivered to every addressee) and the rectification
/// phase (every task done). The secretaries are reminded 3 and 1 days before and on the day (09:00 local) and once the
/// day after, while the phase is not complete; resolved when it fires, so a finished phase reaches nobody.
/// </summary>
public static class PhaseReminders
{
    public const string ReportPhase = "report";
    public const string RectificationPhase = "rectification";
    public static readonly IReadOnlyList<int> DaysBefore = [3, 1, 0];
    public const int Overdue = -1;
    public static readonly TimeOnly DueAt = new(18, 0);
    public static readonly TimeOnly At = new(9, 0);

    public static readonly BilingualText ReportText = new(
        "【报告阶段提醒】专题报告应于 {due} 前报送全部对象，尚未报送：{missing}。请发送“专题报告”查看。",
        "[Report phase] The special report is due to every addressee by {due}; not yet sent to: {missing}. Send “report” to see it.");

    public static readonly BilingualText RectificationText = new(
        "【整改阶段提醒】整改落实阶段于 {due} 截止，尚有 {open} 项整改任务未完成。请发送“整改”查看。",
        "[Rectification phase] The rectification phase ends {due}; {open} task(s) are not done. Send “rectification” to see them.");

    /// <summary>The phases' deadlines (local and instant) once the meeting was held; none for phases the template leaves open.</summary>
    public static IReadOnlyList<(string Phase, DateTime LocalDue, DateTimeOffset Due)> Deadlines(Meeting meeting, ProcessTemplate template)
    {
        if (meeting.HeldAt is not { } held || !WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            return [];
        }

        var heldOn = WallClock.ToLocal(held, zone).Date;
        var rules = template.AfterMeeting;
        return [.. new[] { (ReportPhase, rules.ReportWithinDays), (RectificationPhase, rules.RectificationWithinDays) }
            .Where(p => p.Item2 is not null)
            .Select(p =>
            {
                var local = DateTime.SpecifyKind(heldOn.AddDays(p.Item2!.Value) + DueAt.ToTimeSpan(), DateTimeKind.Unspecified);
                return (p.Item1, local, WallClock.ToInstant(local, zone));
            })];
    }

    public static IEnumerable<PlannedReminder> Plan(Meeting meeting, ProcessTemplate template, QuietHours quiet, TimeZoneInfo zone)
    {
        foreach (var (phase, localDue, due) in Deadlines(meeting, template))
        {
            foreach (var days in DaysBefore.Append(Overdue))
            {
                var local = DateTime.SpecifyKind(localDue.Date.AddDays(-days) + At.ToTimeSpan(), DateTimeKind.Unspecified);
                var fireAt = WallClock.ToInstant(QuietHoursDeferral.Defer(local, quiet), zone);
                if (days == Overdue ? fireAt > due : fireAt < due)
                {
                    yield return new PlannedReminder(PlannedReminder.KeyOf(meeting.Id, ReminderKind.PhaseDeadline, phase, days), ReminderKind.PhaseDeadline, phase, fireAt, days);
                }
            }
        }
    }

    public static ResolvedReminder Resolve(PlannedReminder reminder, MeetingDossier dossier, ProcessTemplate template)
    {
        var meeting = dossier.Meeting;
        var deadline = Deadlines(meeting, template).FirstOrDefault(d => d.Phase == reminder.DeliverableId);
        if (deadline.Phase is null)
        {
            return ResolvedReminder.Nobody(reminder);
        }

        var due = deadline.LocalDue.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        BilingualText text;
        if (deadline.Phase == ReportPhase)
        {
            var report = dossier.Report;
            if (report is not null && report.DeliveredToAll(template))
            {
                return ResolvedReminder.Nobody(reminder);
            }

            var missing = report?.MissingAddressees(template) ?? template.AfterMeeting.Addressees;
            text = ReminderTexts.WithEach(ReportText.With("due", due), "missing", missing.Count == 0
                ? new BilingualText("报送对象", "the addressees")
                : new BilingualText(string.Join("、", missing.Select(a => a.Name.ZhCn)), string.Join(", ", missing.Select(a => a.Name.En))));
        }
        else
        {
            var open = dossier.Rectification?.Tasks.Count(t => t.State != RectificationTaskState.Done) ?? 0;
            if (dossier.Rectification is { Tasks.Count: > 0 } && open == 0)
            {
                return ResolvedReminder.Nobody(reminder);
            }

            text = RectificationText.With(new Dictionary<string, string> { ["due"] = due, ["open"] = open.ToString(CultureInfo.InvariantCulture) });
        }

        return new ResolvedReminder(reminder, [.. meeting.With(Role.Secretary).Select(s => new ReminderMessage(s.UserId, s.Name, text))], []);
    }
}
