using System.Text;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>The readiness gaps as a list: names and what, from the domain's own texts, never content.</summary>
public static class GapsReply
{
    public static string For(ReadinessReport report, UserLocale locale)
    {
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var text = new StringBuilder()
            .AppendLine(report.Summary.In(culture))
            .AppendLine(StatusTexts.GapsHeading.In(locale));
        foreach (var gap in report.Gaps)
        {
            text.Append("· ").AppendLine(gap.Text.In(culture));
        }

        return text.ToString().TrimEnd();
    }
}
