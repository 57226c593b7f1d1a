using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Localization;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>The rectification list as text: every task for a participant in 1:1, the published board in a group.</summary>
public static class RectificationReply
{
    public static string ForParticipant(Meeting meeting, RectificationList? list, DateTimeOffset now, UserLocale locale)
    {
        if (list is null || list.Tasks.Count == 0 || !WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            return RectificationTexts.Empty.In(locale);
        }

        var statuses = list.Tasks.Select(t => t.StatusAt(now, zone)).ToList();
        var text = new StringBuilder(Heading(meeting.Theme, statuses, locale));
        foreach (var (task, status) in list.Tasks.Zip(statuses))
        {
            var measure = MarkdownEscape.Text(task.Measure) + (task.Immediate ? TaskManagementTexts.ImmediateLine.In(locale) : string.Empty);
            var shown = task.State == RectificationTaskState.AwaitingAcceptance ? TaskManagementTexts.AwaitingAcceptance.In(locale) : Status(status, locale);
            text.Append('\n').Append(RectificationTexts.Line.In(locale, task.Number, measure, MarkdownEscape.Text(meeting.NameOf(task.OwnerId)), Date(task.DueDate), shown));
            text.Append('\n').Append(RectificationTexts.ProblemLine.In(locale, MarkdownEscape.Text(task.Problem)));
            if (task.Completion is { } completion)
            {
                text.Append('\n').Append(RectificationTexts.EvidenceLine.In(locale, AcceptanceSteps.Evidence(completion, locale)));
            }
            else if (task.Evidence is { } evidence)
            {
                text.Append('\n').Append(RectificationTexts.EvidenceLine.In(locale, MarkdownEscape.Text(evidence)));
            }
            else if (task.Updates.Count > 0 && task.Updates[^1].Note is { } note)
            {
                text.Append('\n').Append(RectificationTexts.LatestNote.In(locale, MarkdownEscape.Text(note)));
            }
        }

        if (list.Withdrawn.Count > 0)
        {
            text.Append('\n').Append(TaskManagementTexts.WithdrawnLine.In(locale, list.Withdrawn.Count,
                string.Join(locale == UserLocale.En ? "; " : "；", list.Withdrawn.Select(w => $"{w.Task.Number}. {MarkdownEscape.Text(w.Task.Measure)}（{MarkdownEscape.Text(w.Reason)}）"))));
        }

        text.Append('\n').Append(list.LatestPublication is { } publication
            ? RectificationTexts.PublishedAt.In(locale, Local(publication.At, zone))
            : RectificationTexts.NotPublished.In(locale));
        return text.ToString();
    }

    /// <summary>The group sees what the public board shows: the published tasks only.</summary>
    public static string ForGroup(RectificationBoardView board, int taskCount, UserLocale locale)
    {
        if (board.Tasks.Count == 0)
        {
            return taskCount == 0 ? RectificationTexts.Empty.In(locale) : RectificationTexts.GroupNotPublished.In(locale, taskCount);
        }

        var text = new StringBuilder(Heading(board.Theme, [.. board.Tasks.Select(t => t.Status)], locale));
        foreach (var task in board.Tasks)
        {
            text.Append('\n').Append(RectificationTexts.Line.In(locale, task.Number, MarkdownEscape.Text(task.Measure), MarkdownEscape.Text(task.OwnerName), Date(task.DueDate), Status(task.Status, locale)));
        }

        return text.ToString();
    }

    private static string Heading(string theme, IReadOnlyList<RectificationStatus> statuses, UserLocale locale) =>
        RectificationTexts.Heading.In(locale, MarkdownEscape.Text(theme), statuses.Count, statuses.Count(s => s == RectificationStatus.Done),
            statuses.Count(s => s == RectificationStatus.InProgress), statuses.Count(s => s == RectificationStatus.Overdue));

    private static string Status(RectificationStatus status, UserLocale locale) =>
        SpecialReportComposition.StatusText(status).In(locale == UserLocale.En ? "en" : "zh-CN");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        WallClock.ToLocal(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
