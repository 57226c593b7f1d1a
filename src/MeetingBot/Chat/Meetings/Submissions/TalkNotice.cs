using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Asks the other party of a recorded talk, in their own 1:1 chat, to confirm or dispute it. The record is private
/// to the two parties, so it goes only through <see cref="PersonalNotices"/>.
/// </summary>
public sealed class TalkNotice(PersonalNotices notices)
{
    /// <returns>Whether the other party could be reached.</returns>
    public Task<bool> SendAsync(ITurnContext turn, string recorderName, string otherUserId, TalkRecord record, CancellationToken cancellationToken)
    {
        var latest = record.Latest;
        var heldOn = latest.Notes.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // In the other party's language, as their stored 1:1 reference carries it.
        return notices.SendAsync(turn, PersonalNotice.Text(turn.Activity.ChannelId!, otherUserId,
            NoticeKeys.For(record.MeetingId, NoticeKeys.TalkToConfirm, record.StorageKey, latest.Number, otherUserId),
            locale => SubmissionTexts.TalkToConfirm.In(locale, MarkdownEscape.Text(recorderName), heldOn, TalkForm.Summary(latest.Notes, locale))), cancellationToken);
    }
}
