using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// When something the lead must approve is handed in, the lead gets its review card 1:1 — the same card as in 待审,
/// with approve / return buttons bound to this submission and version — or the same as text where cards do not
/// render. Sent with the turn (<see cref="PersonalNotices"/>), keyed by submission and version number.
/// </summary>
public sealed class ReviewRequests(PersonalNotices notices, ReviewItemLinks links, MeetingRepository repository)
{
    public async Task SendAsync(ITurnContext turnContext, MeetingInTurn turn, Submission submission, CancellationToken cancellationToken)
    {
        var meeting = turn.Meeting;
        var lead = new Actor(meeting.Lead.UserId, meeting.Lead.Name, meeting.TenantId);
        if (lead.UserId == turn.Actor.UserId)
        {
            return;
        }

        // A self-examination material is checked against its author's problem list (the opinions it must answer).
        var problemList = submission.Latest?.Content is ExaminationMaterial && ReviewQueue.ProblemListKey(meeting, turn.Template, submission.AuthorId) is { } listKey
            ? (await repository.GetAsync<Submission>(listKey, cancellationToken))?.Latest?.Content as ProblemList
            : null;
        var opinions = submission.Latest?.Content is ExaminationMaterial
            ? OpinionVisibility.AssignedTo(await repository.GetAsync<OpinionCollection>(OpinionCollection.KeyOf(meeting.Id), cancellationToken), submission.AuthorId)
            : null;
        if (ReviewQueue.ItemFor(meeting, turn.Template, submission, problemList, opinions) is not { } item)
        {
            return;
        }

        // The item on its own: the card's buttons act on this submission and version, so no place in the whole queue
        // (which would mean reading every submission of the meeting on each hand-in) is needed.
        var found = new MeetingInContext(MeetingDossier.Of(meeting) with { Submissions = [submission] }, turn.Template, lead);
        var channelId = MeetingTurn.ChannelOf(meeting);
        var link = await links.ForAsync(found, item, cancellationToken);
        var key = NoticeKeys.For(meeting.Id, NoticeKeys.ReviewRequested, submission.StorageKey, item.VersionNumber, lead.UserId);
        await notices.SendAsync(turnContext, new PersonalNotice(channelId, lead.UserId, key, locale =>
        {
            var culture = locale == UserLocale.En ? "en" : "zh-CN";
            var request = ReviewTexts.ReviewRequested.In(locale, MarkdownEscape.Text(item.AuthorName), item.DeliverableName.In(culture), item.VersionNumber);
            return ReviewItemReply.For(found, item, number: null, locale, channelId, link, intro: request);
        }), cancellationToken);
    }
}
