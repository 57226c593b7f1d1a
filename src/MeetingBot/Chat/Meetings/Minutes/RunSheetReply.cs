using System.Globalization;
using System.Text;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary>
/// The run sheet as text. It shows references only where the domain put them (the viewer may read them); the group
/// view has none, so a group only ever sees the order and the names.
/// </summary>
public static class RunSheetReply
{
    public static string For(RunSheetView view, UserLocale locale, bool group)
    {
        var text = new StringBuilder(MinutesTexts.RunSheetHeading.In(locale, MarkdownEscape.Text(view.Theme),
            view.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ZoneWords.For(view.TimeZoneId, view.LocalStart).In(locale == UserLocale.En ? "en" : "zh-CN"), view.Place));
        string? subject = null;
        foreach (var item in view.Items)
        {
            if (item.Step == RunSheetStep.MutualCriticism && item.SubjectName != subject)
            {
                subject = item.SubjectName;
                text.Append('\n').Append(MinutesTexts.MutualHeading.In(locale, MarkdownEscape.Text(subject)));
            }

            text.Append('\n').Append(Line(item, locale));
            if (!item.ReferenceReady && item.Step != RunSheetStep.PreviousRectification)
            {
                text.Append(MinutesTexts.NotReady.In(locale));
            }

            foreach (var line in References(item, locale))
            {
                text.Append('\n').Append(MinutesTexts.ReferenceLine.In(locale, line));
            }
        }

        if (group)
        {
            text.Append('\n').Append(MinutesTexts.PrivateHint.In(locale));
        }

        return text.ToString();
    }

    private static string Line(RunSheetItem item, UserLocale locale) => item.Step switch
    {
        RunSheetStep.PreviousRectification => MinutesTexts.PreviousRectification.In(locale, item.Number, MarkdownEscape.Text(item.SpeakerName)),
        RunSheetStep.CollectiveExamination => MinutesTexts.CollectiveExamination.In(locale, item.Number, MarkdownEscape.Text(item.SpeakerName)),
        RunSheetStep.SelfCriticism => MinutesTexts.SelfCriticism.In(locale, item.Number, MarkdownEscape.Text(item.SpeakerName)),
        _ => MinutesTexts.MutualCriticism.In(locale, item.Number, MarkdownEscape.Text(item.SpeakerName), MarkdownEscape.Text(item.SubjectName)),
    };

    private static LocalText Mark(CarriedOverProgress progress) => progress switch
    {
        CarriedOverProgress.Done => MinutesTexts.TaskDone,
        CarriedOverProgress.InProgress => MinutesTexts.TaskInProgress,
        _ => MinutesTexts.TaskOpen,
    };

    private static IEnumerable<string> References(RunSheetItem item, UserLocale locale) => item.Reference?.Content switch
    {
        null => [],
        RectificationReview review => review.Tasks.Select(t => MinutesTexts.CarriedTask.In(locale, MarkdownEscape.Text(t.Task), MarkdownEscape.Text(t.OwnerName),
            Mark(t.Standing).In(locale) + (t.Note is { } note ? (locale == UserLocale.En ? ": " : "：") + MarkdownEscape.Text(note) : string.Empty))),
        var content => ContentLines.Of(content, locale),
    };
}
