using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// When something the lead must approve is handed in, the lead gets its review card 1:1 — the same card as in 待审,
/// with approve / return buttons bound to this submission and version — or the same as text where cards do not
/// render. Sent with the turn (<see cref="PersonalNotices"/>), keyed by submission and version number.
/// </summary>
public sealed class ReviewRequests(MeetingRepository repository, PersonalNotices notices, ReviewItemLinks links)
{
    public async Task SendAsync(ITurnContext turnContext, MeetingInTurn turn, Submission submission, CancellationToken cancellationToken)
    {
        var meeting = turn.Meeting;
        var lead = new Actor(meeting.Lead.UserId, meeting.Lead.Name, meeting.TenantId);
        if (lead.UserId == turn.Actor.UserId || await repository.GetDossierAsync(meeting.Id, cancellationToken) is not { } dossier)
        {
            return;
        }

        // The lead's own queue decides whether it awaits review and which number it has there (批准 N in text).
        var queue = ReviewQueue.For(dossier, turn.Template, lead);
        var items = queue.IsSuccess ? queue.Value : [];
        var index = items.ToList().FindIndex(i => i.StorageKey == submission.StorageKey);
        if (index < 0)
        {
            return;
        }

        var item = items[index];
        var found = new MeetingInContext(dossier, turn.Template, lead);
        var channelId = MeetingTurn.ChannelOf(meeting);
        var link = await links.ForAsync(found, item, cancellationToken);
        var key = NoticeKeys.For(meeting.Id, NoticeKeys.ReviewRequested, submission.StorageKey, item.VersionNumber, lead.UserId);
        await notices.SendAsync(turnContext, new PersonalNotice(channelId, lead.UserId, key, locale =>
        {
            var culture = locale == UserLocale.En ? "en" : "zh-CN";
            var request = ReviewTexts.ReviewRequested.In(locale, item.AuthorName, item.DeliverableName.In(culture), item.VersionNumber);
            return ReviewItemReply.For(found, item, index + 1, locale, channelId, link, intro: request);
        }), cancellationToken);
    }
}
