using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// 会后通报 for <c>进度</c>: whether the briefing was held, which addressees still wait for the report, whether the
/// masses were told. Dates and the template's names only, so it may be shown in a group.
/// </summary>
internal static class AfterMeetingReply
{
    public static string? For(MeetingDossier dossier, ProcessTemplate template, UserLocale locale)
    {
        if (dossier.Meeting.Status != MeetingStatus.Reporting)
        {
            return null;
        }

        var report = dossier.Report;
        var lines = new List<string>();
        if (report?.Briefing is { } briefing)
        {
            lines.Add(AfterMeetingTexts.BriefingHeld.In(locale, Iso(briefing.On)));
        }
        else if (template.AfterMeeting.BriefingBeforeReport)
        {
            lines.Add(AfterMeetingTexts.BriefingMissing.In(locale));
        }

        if (template.AfterMeeting.Addressees.Count > 0)
        {
            var missing = report?.MissingAddressees(template) ?? template.AfterMeeting.Addressees;
            lines.Add(missing.Count == 0
                ? AfterMeetingTexts.AddresseesComplete.In(locale)
                : AfterMeetingTexts.AddresseesMissing.In(locale, MarkdownEscape.Text(string.Join(locale == UserLocale.En ? ", " : "、",
                    missing.Select(a => locale == UserLocale.En ? a.Name.En : a.Name.ZhCn)))));
        }

        if (report?.Deliveries.LastOrDefault(d => d.Kind == ReportDeliveryKind.Announced) is { } announced)
        {
            lines.Add(AfterMeetingTexts.AnnouncedOn.In(locale, Iso(announced.On)));
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
