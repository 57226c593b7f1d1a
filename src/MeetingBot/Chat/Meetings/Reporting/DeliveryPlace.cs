using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>Where a delivery went, in the reader's language: the template's addressee by name, else the place as typed.</summary>
internal static class DeliveryPlace
{
    public static string Of(ReportDelivery delivery, ProcessTemplate template, UserLocale locale) =>
        template.AfterMeeting.Addressees.FirstOrDefault(a => a.Id == delivery.AddresseeId) is { } addressee
            ? (locale == UserLocale.En ? addressee.Name.En : addressee.Name.ZhCn)
            : delivery.Where;
}
