using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Asks the other party of a recorded talk, in their own 1:1 chat, to confirm or dispute it. The record is private
/// to the two parties, so it goes only through <see cref="PersonalNotices"/>. The question stays open for them, so a
/// plain 确认 (or 有异议 + reason, or the card's buttons) answers it.
/// </summary>
public sealed class TalkNotice(PersonalNotices notices, OpenQuestions questions, TimeProvider time)
{
    /// <returns>Whether the other party could be reached.</returns>
    public async Task<bool> SendAsync(ITurnContext turn, Meeting meeting, Actor recorder, string otherUserId, TalkRecord record, CancellationToken cancellationToken)
    {
        var latest = record.Latest;
        var heldOn = latest.Notes.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var channelId = turn.Activity.ChannelId!;
        var question = OpenQuestion.Ask(OpenQuestionKinds.TalkToConfirm, meeting.Id, recorder.UserId, meeting.Find(recorder.UserId)?.Name ?? recorder.Name, time.GetUtcNow(), meeting.StartsAt);
        // In the other party's language, as their stored 1:1 reference carries it.
        var reached = await notices.SendAsync(turn, new PersonalNotice(channelId, otherUserId,
            NoticeKeys.For(record.MeetingId, NoticeKeys.TalkToConfirm, record.Id, latest.Number, otherUserId),
            locale => OpenQuestionCard.Ask(
                SubmissionTexts.TalkToConfirm.In(locale, MarkdownEscape.Text(recorder.Name), heldOn, TalkForm.Summary(latest.Notes, locale)),
                question, locale, channelId)), cancellationToken);
        if (reached)
        {
            await questions.AskAsync(turn, channelId, otherUserId, question, cancellationToken);
        }

        return reached;
    }
}
