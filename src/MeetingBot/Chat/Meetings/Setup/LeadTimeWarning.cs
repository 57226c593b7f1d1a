using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// Shown with the plan before a meeting is created when it is set up closer than its template's lead time: which
/// deadlines will already have passed, and what to do about them (the domain's <see cref="LeadTime"/> decides).
/// </summary>
public static class LeadTimeWarning
{
    public static readonly LocalText Heading = new(
        "⚠ 注意：这个模板要求会前约 {0} 天开始准备，现在距会议只有 {1} 天。以下截止时间在创建时就已经过去：",
        "⚠ Note: this template needs about {0} days of preparation, and the meeting is {1} days away. These deadlines will already have passed when it is created:");

    public static readonly LocalText Line = new("- {0}：{1}", "- {0}: {1}");

    public static readonly LocalText WhatToDo = new(
        "创建后可用“延期 <材料> <日期> 原因：…”逐项调整截止时间，或用“改期”把会议推后。",
        "After creating it, move each one (move deadline <deliverable> <date> reason: …) or reschedule the meeting.");

    /// <returns>Null when the meeting is set up in time.</returns>
    public static string? For(Meeting meeting, ProcessTemplate template, DateTimeOffset now, UserLocale locale)
    {
        var late = LeadTime.AlreadyLate(meeting, template, now);
        if (late.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder().AppendLine(Heading.In(locale, Days(LeadTime.Required(meeting), Math.Ceiling), Days(meeting.StartsAt - now, Math.Floor))).AppendLine();
        foreach (var deadline in late)
        {
            var name = template.FindDeliverable(deadline.DeliverableId) is { } d ? MeetingText.In(d.Name, locale) : SetupTexts.PlanOtherDeliverable.In(locale);
            text.AppendLine(Line.In(locale, name, MeetingText.Local(deadline.LocalDue)));
        }

        return text.AppendLine().Append(WhatToDo.In(locale)).ToString();
    }

    /// <summary>Whole days: the lead time rounded up (19 days 15 hours is about 20), the time left rounded down.</summary>
    private static string Days(TimeSpan span, Func<double, double> round) => Math.Max(0, (int)round(span.TotalDays)).ToString(CultureInfo.InvariantCulture);
}
