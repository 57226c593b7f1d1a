using System.Text;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// The status as text. It reads only the group-safe view (names, counts, states), so it may be posted in the team
/// channel: there is no field here through which content could leak. Deliverables are a Markdown list (who is behind
/// a nested one) so every channel shows them as a list; paragraphs are separated by blank lines for the same reason.
/// </summary>
public static class StatusReply
{
    /// <param name="heading">False where the time and place were just said (时间地点 to the secretary and the lead).</param>
    public static string For(GroupStatusView view, UserLocale locale, bool heading = true)
    {
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var text = new StringBuilder();
        if (heading)
        {
            text.AppendLine(StatusTexts.StatusHeading.In(locale, MarkdownEscape.Text(view.Theme), view.LocalStart.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), MarkdownEscape.Text(view.Place)))
                .AppendLine();
        }

        text.AppendLine(view.Ready ? StatusTexts.Ready.In(locale) : StatusTexts.NotReady.In(locale, view.GapCount))
            .AppendLine();
        foreach (var deliverable in view.Deliverables.Where(d => d.Total > 0))
        {
            text.AppendLine(StatusTexts.DeliverableLine.In(locale, deliverable.Name.In(culture), deliverable.Done, deliverable.Total));
            if (deliverable.BehindNames.Count > 0)
            {
                text.AppendLine(StatusTexts.BehindLine.In(locale, UserLocales.List(locale, deliverable.BehindNames.Select(MarkdownEscape.Text))));
            }
        }

        text.AppendLine(StatusTexts.TalksLine.In(locale, view.TalksConfirmed, view.TalksPlanned));
        if (view.Attendance is { } attendance)
        {
            text.AppendLine(StatusTexts.AttendanceLine.In(locale, attendance.Attending, attendance.Absent, attendance.NotAnswered, attendance.Required));
        }

        return text.ToString().TrimEnd();
    }
}
