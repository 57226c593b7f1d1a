using System.Text;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary>
/// Attendance under the run sheet once anyone signed in or was excused: counts, who attended, who was excused (the
/// reasons only in 1:1, where the secretary and the team read them), who is absent.
/// </summary>
public static class AttendanceReply
{
    public static string? For(Meeting meeting, MeetingMinutes? minutes, UserLocale locale, bool group)
    {
        if (minutes is null || (minutes.SignIns.Count == 0 && minutes.Excusals.Count == 0))
        {
            return null;
        }

        var roll = AttendanceRoll.Of(meeting, minutes);
        var comma = locale == UserLocale.En ? ", " : "、";
        var text = new StringBuilder(MinutesTexts.AttendanceHeading.In(locale, roll.Expected, roll.Attended.Count, roll.Excused.Count, roll.Absent.Count));
        if (roll.Attended.Count > 0)
        {
            text.Append('\n').Append(MinutesTexts.Attended.In(locale, string.Join(comma, roll.Attended.Select(a => MarkdownEscape.Text(a.Person.Name)))));
        }

        if (roll.Excused.Count > 0)
        {
            text.Append('\n').Append(MinutesTexts.ExcusedLine.In(locale, string.Join(comma, roll.Excused.Select(e => group
                ? MarkdownEscape.Text(e.Person.Name)
                : MinutesTexts.ExcusedWithReason.In(locale, MarkdownEscape.Text(e.Person.Name), MarkdownEscape.Text(e.Reason))))));
        }

        if (roll.Absent.Count > 0)
        {
            text.Append('\n').Append(MinutesTexts.AbsentLine.In(locale, string.Join(comma, roll.Absent.Select(p => MarkdownEscape.Text(p.Name)))));
        }

        return text.ToString();
    }
}
