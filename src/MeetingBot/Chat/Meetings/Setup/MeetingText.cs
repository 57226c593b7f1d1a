using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>How a meeting's plan and a person's list of what is due read in chat; times in the meeting's own zone.</summary>
public static class MeetingText
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    public static string Culture(UserLocale locale) => locale == UserLocale.En ? "en" : "zh-CN";

    public static string In(BilingualText text, UserLocale locale) => text.In(Culture(locale));

    public static string Local(DateTime local) => local.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>An instant as the wall-clock time of the meeting's zone.</summary>
    public static string Local(DateTimeOffset instant, Meeting meeting) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? Local(WallClock.ToLocal(instant, zone)) : Local(instant.UtcDateTime) + " UTC";

    /// <summary>The meeting's zone as shown beside its times: 北京时间 in Chinese, the zone id in English.</summary>
    public static string Zone(Meeting meeting, UserLocale locale) => In(ZoneWords.For(meeting), locale);

    public static string Names(IEnumerable<Participant> people, UserLocale locale) =>
        UserLocales.List(locale, people.Select(p => p.Name));

    private static string NamesOrNone(IEnumerable<Participant> people, UserLocale locale) =>
        people.Any() ? UserLocales.List(locale, people.Select(p => MarkdownEscape.Text(p.Name))) : SetupTexts.PlanNobody.In(locale);

    /// <summary>
    /// The plan shown before confirmation: when, where, who (department heads and supervisors too, so a missing one is
    /// noticed before creation), and every deliverable's deadline; people and deadlines as Markdown lists.
    /// </summary>
    public static string Plan(Meeting meeting, ProcessTemplate template, UserLocale locale)
    {
        var text = new StringBuilder()
            .AppendLine(SetupTexts.PlanHeading.In(locale, MarkdownEscape.Text(meeting.Theme), In(template.Name, locale)))
            .AppendLine()
            .AppendLine(SetupTexts.PlanWhenWhere.In(locale, Local(meeting.LocalStart), Zone(meeting, locale), MarkdownEscape.Text(meeting.Place)))
            .AppendLine()
            .AppendLine(SetupTexts.PlanPeopleHeading.In(locale))
            .AppendLine()
            .AppendLine(SetupTexts.PlanLead.In(locale, MarkdownEscape.Text(meeting.Lead.Name)))
            .AppendLine(SetupTexts.PlanMembers.In(locale, Names(meeting.Members, locale)))
            .AppendLine(SetupTexts.PlanDepartmentHeads.In(locale, NamesOrNone(meeting.With(Role.DepartmentHead), locale)))
            .AppendLine(SetupTexts.PlanSupervisors.In(locale, NamesOrNone(meeting.With(Role.Supervisor), locale)))
            .AppendLine()
            .AppendLine(SetupTexts.PlanDeadlines.In(locale))
            .AppendLine();
        foreach (var deadline in meeting.Deadlines)
        {
            // A deadline of a deliverable the template no longer names is still shown, but never by its internal id.
            var name = template.FindDeliverable(deadline.DeliverableId) is { } d ? In(d.Name, locale) : SetupTexts.PlanOtherDeliverable.In(locale);
            text.AppendLine(SetupTexts.PlanDeadlineLine.In(locale, name, Local(deadline.LocalDue)));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>One person's own list: what they owe, with whom, by when.</summary>
    public static string Personal(Meeting meeting, PersonalTaskList tasks, UserLocale locale)
    {
        var text = new StringBuilder().AppendLine(SetupTexts.PersonalHeading.In(locale, MarkdownEscape.Text(meeting.Theme), Local(meeting.LocalStart)));
        if (tasks.Open.Count == 0)
        {
            text.AppendLine(SetupTexts.PersonalNothing.In(locale));
        }

        foreach (var line in tasks.Open.OrderBy(l => l.Due))
        {
            var with = line.WithName is null ? string.Empty : SetupTexts.WithWhom.In(locale, MarkdownEscape.Text(line.WithName));
            var due = line.Due is { } instant ? Local(instant, meeting) : "-";
            text.AppendLine(SetupTexts.PersonalLine.In(locale, In(line.DeliverableName, locale), with, due));
        }

        return text.ToString().TrimEnd();
    }
}
