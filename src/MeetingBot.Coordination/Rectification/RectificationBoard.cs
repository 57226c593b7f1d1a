using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// Builds the board's read model. Who may open the board (a revocable link or signed-in participants) is the web
/// front's rule; this only decides what the board may show: the published tasks, never anything private.
/// </summary>
public static class RectificationBoard
{
    public static RectificationBoardView For(MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var zone = RectificationClock.Zone(meeting);
        var list = dossier.Rectification;
        var report = dossier.Report;
        var tasks = (list?.Published ?? []).Select(t => new BoardTask(t.Number, t.Problem, t.Measure, meeting.NameOf(t.OwnerId), t.DueDate,
            t.StatusAt(now, zone), t.CompletedAt));
        var progress = new BoardProgress(
            meeting.Confirmation is not null || meeting.Status == MeetingStatus.Reporting,
            meeting.HeldAt,
            report?.State == SubmissionState.Approved,
            report?.Deliveries.Any(d => d.Kind == ReportDeliveryKind.SubmittedUpward) ?? false,
            list?.LatestPublication?.At);
        return new RectificationBoardView(meeting.Id, template.Name, meeting.Theme, meeting.LocalStart, meeting.TimeZoneId, meeting.Status, progress, [.. tasks]);
    }
}
