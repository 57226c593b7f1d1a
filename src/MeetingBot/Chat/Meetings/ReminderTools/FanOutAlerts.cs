using System.Security.Cryptography;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>The fan-out's trouble as personal notices to whoever Coordination says is told, each under its own key.</summary>
public sealed class FanOutAlerts(PersonalNotices notices, TemplateLibrary templates) : IFanOutAlerts
{
    public async Task StalledAsync(Meeting meeting, FanOutRun run, CancellationToken cancellationToken)
    {
        var template = templates.Find(meeting.TemplateId);
        foreach (var secretary in DeliveryTroubleRecipients.Of(meeting))
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.FanOutStalled, run.ReminderKey, run.LastProgressAt.ToUnixTimeSeconds(), secretary.UserId);
            await notices.SendNowAsync(PersonalNotice.Text(MeetingTurn.ChannelOf(meeting), secretary.UserId, key, locale => FanOutTexts.Stalled.In(locale,
                template is null ? run.ReminderKey : ReminderLabel.Of(run.ReminderKey, template).In(locale == UserLocale.En ? "en" : "zh-CN"),
                Coordination.Reminders.ReminderTexts.LocalTime(TimeZoneInfo.ConvertTime(run.LastProgressAt, Zone(meeting)).DateTime, meeting.TimeZoneId).In(locale == UserLocale.En ? "en" : "zh-CN"),
                run.Done, run.Total)), cancellationToken);
        }
    }

    public async Task UnreachableAsync(Meeting meeting, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var names = userIds.Select(meeting.NameOf).Select(MarkdownEscape.Text).ToList();
        foreach (var secretary in DeliveryTroubleRecipients.Of(meeting))
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.Unreachable, BatchId(userIds), userIds.Count, secretary.UserId);
            await notices.SendNowAsync(PersonalNotice.Text(MeetingTurn.ChannelOf(meeting), secretary.UserId, key,
                locale => FanOutTexts.Unreachable.In(locale, UserLocales.List(locale, names))), cancellationToken);
        }
    }

    private static TimeZoneInfo Zone(Meeting meeting) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    // The batch of newly unreachable people names the notice, so a retried report of the same batch is one notice.
    private static string BatchId(IReadOnlyList<string> userIds) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', userIds))))[..16];
}
