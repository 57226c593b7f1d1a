using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Texts;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Tells whoever recorded a talk, in his own 1:1 chat, that the other party confirmed it, or disputed it and why: the
/// note is what he has to act on (talk again, record it anew), and nobody else may read it. Found in a trial: the
/// dispute was recorded and the recorder never learnt of it.
/// </summary>
public sealed class TalkAnswerNotice(PersonalNotices notices)
{
    /// <param name="disputeNote">Null for a confirmation.</param>
    public Task<bool> SendAsync(ITurnContext turn, MeetingInTurn found, TalkRecord record, string? disputeNote, CancellationToken cancellationToken)
    {
        var latest = record.Latest;
        var answeredBy = MarkdownEscape.Text(found.Meeting.NameOf(found.Actor.UserId));
        var heldOn = latest.Notes.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var key = NoticeKeys.For(record.MeetingId, disputeNote is null ? NoticeKeys.TalkConfirmed : NoticeKeys.TalkDisputed, record.Id, latest.Number, latest.RecordedBy);
        return notices.SendAsync(turn, PersonalNotice.Text(turn.Activity.ChannelId!, latest.RecordedBy, key, locale => disputeNote is null
            ? SubmissionTexts.TalkConfirmedNotice.In(locale, answeredBy, heldOn)
            : SubmissionTexts.TalkDisputedNotice.In(locale, answeredBy, heldOn, MarkdownEscape.Text(disputeNote))), cancellationToken);
    }
}
