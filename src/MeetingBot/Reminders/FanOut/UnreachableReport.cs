using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;

namespace MeetingBot.Reminders.FanOut;

/// <summary>
/// Tells the meeting's secretaries, in their 1:1 chats, who cannot be reached: once per recipient per meeting, not
/// once per reminder. Whom they were told is stored first (conditionally), so two instances never both tell.
/// </summary>
public sealed class UnreachableReport(IStorage storage, PersonalNotices notices)
{
    public static string KeyOf(string meetingId) => $"reminder-notices/{meetingId}/unreachable";

    /// <summary>Reports whoever of <paramref name="userIds"/> was not reported before; returns them.</summary>
    public async Task<IReadOnlyList<string>> ReportAsync(Meeting meeting, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var fresh = await RecordAsync(meeting.Id, userIds, cancellationToken);
        if (fresh.Count > 0)
        {
            var names = fresh.Select(meeting.NameOf).Select(MarkdownEscape.Text).ToList();
            foreach (var secretary in meeting.With(Role.Secretary))
            {
                var key = NoticeKeys.For(meeting.Id, NoticeKeys.Unreachable, BatchId(fresh), fresh.Count, secretary.UserId);
                await notices.SendNowAsync(PersonalNotice.Text(MeetingTurn.ChannelOf(meeting), secretary.UserId, key,
                    locale => FanOutTexts.Unreachable.In(locale, Localization.UserLocales.List(locale, names))), cancellationToken);
            }
        }

        return fresh;
    }

    private async Task<IReadOnlyList<string>> RecordAsync(string meetingId, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        // Another fan-out recording some at the same time: decided again, so only who is still new is told.
        IReadOnlyList<string> toTell = [];
        await storage.UpdateAsync<UnreachableNotices>(KeyOf(meetingId), current =>
        {
            (var next, toTell) = (current ?? UnreachableNotices.For(meetingId)).Tell(userIds);
            return toTell.Count == 0 ? null : next;
        }, cancellationToken);
        return toTell;
    }

    // The batch of newly unreachable people names the notice, so a retried report of the same batch is one notice.
    private static string BatchId(IReadOnlyList<string> userIds) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', userIds))))[..16];
}
