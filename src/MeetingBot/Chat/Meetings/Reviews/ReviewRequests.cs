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
/// When something that needs approval is handed in, whom it is with (the lead, or the supervisors for the lead's own
/// material — <see cref="Reviewers"/>) gets its review card 1:1 — the same card as in 待审, with approve / return buttons
/// bound to this submission and version — or the same as text where cards do not render. Sent with the turn
/// (<see cref="PersonalNotices"/>), keyed by submission, version number and reviewer. A hand-on (转交) sends the same card
/// to the new reviewer.
/// </summary>
public sealed class ReviewRequests(PersonalNotices notices, ReviewItemLinks links, MeetingRepository repository)
{
    public async Task SendAsync(ITurnContext turnContext, MeetingInTurn turn, Submission submission, CancellationToken cancellationToken)
    {
        var meeting = turn.Meeting;
        if (turn.Template.FindDeliverable(submission.DeliverableId) is not { } deliverable)
        {
            return;
        }

        foreach (var reviewer in Reviewers.Current(meeting, deliverable, submission).Where(p => p.UserId != turn.Actor.UserId))
        {
            await SendToAsync(turnContext, turn, submission, reviewer, NoticeKeys.ReviewRequested,
                (item, l) => ReviewTexts.ReviewRequested.In(l, MarkdownEscape.Text(item.AuthorName), item.DeliverableName.In(l == UserLocale.En ? "en" : "zh-CN"), item.VersionNumber),
                cancellationToken);
        }
    }

    /// <summary>The item's review card to one reviewer, with <paramref name="intro"/> as its first line.</summary>
    public async Task SendToAsync(ITurnContext turnContext, MeetingInTurn turn, Submission submission, Participant reviewer, string noticeEvent,
        Func<ReviewQueueItem, UserLocale, string> intro, CancellationToken cancellationToken)
    {
        var meeting = turn.Meeting;
        var actor = new Actor(reviewer.UserId, reviewer.Name, meeting.TenantId);

        // A self-examination material is checked against its author's problem list (the opinions it must answer).
        var problemList = submission.Latest?.Content is ExaminationMaterial && ReviewQueue.ProblemListId(meeting, turn.Template, submission.AuthorId) is { } listKey
            ? (await repository.GetAsync<Submission>(turn.UnitOfWork, listKey, cancellationToken))?.Latest?.Content as ProblemList
            : null;
        var opinions = submission.Latest?.Content is ExaminationMaterial
            ? OpinionVisibility.AssignedTo(await repository.GetAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(meeting.Id), cancellationToken), submission.AuthorId)
            : null;
        if (ReviewQueue.ItemFor(meeting, turn.Template, submission, problemList, opinions) is not { } item)
        {
            return;
        }

        // The item on its own: the card's buttons act on this submission and version, so no place in the whole queue
        // (which would mean reading every submission of the meeting on each hand-in) is needed.
        var alone = MeetingDossier.Of(meeting) with { Submissions = [submission] };
        var channelId = MeetingTurn.ChannelOf(meeting);
        var link = await links.ForAsync(alone, turn.Template, actor, item, cancellationToken);
        var key = NoticeKeys.For(meeting.Id, noticeEvent, submission.Id, item.VersionNumber, actor.UserId);
        await notices.SendAsync(turnContext, new PersonalNotice(channelId, actor.UserId, key,
            locale => ReviewItemReply.For(alone, turn.Template, actor, item, number: null, locale, channelId, link, intro: intro(item, locale))), cancellationToken);
    }
}
