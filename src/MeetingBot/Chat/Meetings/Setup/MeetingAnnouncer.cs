using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Delivery;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// Before a meeting is created, index it (<see cref="IndexAsync"/>); after, announce it here and send each participant
/// 1:1 their own list of what is due when. Someone the bot has never chatted with privately cannot be reached
/// proactively; the secretary is told who.
/// </summary>
public sealed class MeetingAnnouncer(MeetingDirectory directory, PersonalNotices notices, OpenQuestions questions, PushOutbox outbox, TimeProvider time)
{
    /// <summary>
    /// Files the meeting about to be created under its group conversation, its unit and every participant. Before the
    /// meeting is stored, never after: the entries are idempotent and every reader skips an id with no meeting behind
    /// it, so a turn cut off between the two (a request cancelled, a failing store, a killed instance) leaves at worst
    /// an entry for a meeting that does not exist, never a meeting nobody can find (the county run lost two units'
    /// meetings so: stored, their reminders scheduled, indexed nowhere).
    /// </summary>
    /// <param name="group">The group a set-up answered in the 1:1 chat was for: the meeting is its.</param>
    public async Task IndexAsync(ITurnContext turnContext, Meeting meeting, NewMeetingStart? group, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId!;
        await directory.AddToConversationAsync(channelId, group?.GroupConversationId ?? activity.Conversation!.Id!, meeting.Id, cancellationToken);
        await directory.AddToUnitAsync(meeting.Unit, meeting.Id, cancellationToken);
        foreach (var participant in meeting.Participants)
        {
            await directory.AddToPersonAsync(channelId, participant.UserId, meeting.Id, cancellationToken);
        }
    }

    /// <param name="group">The group a set-up answered in the 1:1 chat was for: the meeting is announced there too.</param>
    public async Task AnnounceAsync(
        ITurnContext turnContext, Meeting meeting, ProcessTemplate template, UserLocale locale, NewMeetingStart? group, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId!;
        var announcement = SetupTexts.Announcement.In(
            locale, MarkdownEscape.Text(meeting.Theme), MeetingText.Local(meeting.LocalStart), MeetingText.Zone(meeting, locale), MarkdownEscape.Text(meeting.Place));
        await turnContext.SendActivityAsync(announcement, cancellationToken);
        if (group is not null)
        {
            // Posted into the group proactively, so not part of the reply: held until the turn is saved and keyed per
            // meeting and group in the delivery ledger, so a replayed or redelivered turn posts it once.
            var inGroup = new ConversationReference
            {
                ChannelId = channelId,
                ServiceUrl = group.GroupServiceUrl,
                Bot = activity.Recipient,
                Conversation = new ConversationAccount(group.GroupConversationId, isGroup: true),
                Locale = activity.Locale,
            };
            var push = new PushMessage(NoticeKeys.ForGroup(meeting.Id, NoticeKeys.MeetingAnnounced, group.GroupConversationId), inGroup,
                BotFramework.Schema.Activity.CreateMessage(announcement));
            await TurnUnitOfWork.AfterCommitOrNowAsync(turnContext, async ct => await outbox.SendOrDeferAsync(push, ct), cancellationToken);
        }

        var unreachable = new List<string>();
        var dossier = MeetingDossier.Of(meeting);
        foreach (var participant in meeting.Participants)
        {
            var tasks = PersonalTasks.For(dossier, template, new Actor(participant.UserId, participant.Name, meeting.TenantId), time.GetUtcNow());
            if (!tasks.IsSuccess)
            {
                continue;
            }

            if (participant.UserId == activity.From?.Id && PersonalConversations.IsPersonal(activity.Conversation))
            {
                // The secretary is already in her 1:1 chat: her list is part of this answer.
                var asked = AttendanceQuestion(meeting, template, tasks.Value);
                await turnContext.SendActivityAsync(asked is null
                    ? BotFramework.Schema.Activity.CreateMessage(MeetingText.Personal(meeting, tasks.Value, locale))
                    : OpenQuestionCard.Ask(MeetingText.Personal(meeting, tasks.Value, locale), asked, locale, channelId), cancellationToken);
                if (asked is not null)
                {
                    await questions.AskAsync(turnContext, channelId, participant.UserId, asked, cancellationToken);
                }

                continue;
            }

            if (!await SendPersonalAsync(turnContext, channelId, meeting, template, participant, tasks.Value, cancellationToken))
            {
                unreachable.Add(participant.Name);
            }
        }

        if (unreachable.Count > 0)
        {
            // In the service's own web chat people are reached through their invitation link, not by messaging first.
            var hint = channelId == BotFramework.Schema.Channels.DirectLine ? SetupTexts.UnreachableInWebChat : SetupTexts.Unreachable;
            await turnContext.SendActivityAsync(hint.In(locale, UserLocales.List(locale, unreachable.Select(MarkdownEscape.Text))), cancellationToken);
        }
    }

    /// <summary>
    /// Files the meeting under a person added to it, for his 1:1 chat: written before the meeting that names him is
    /// stored (an entry is idempotent, and readers skip a meeting he is not in), so no cut-off turn leaves him unfindable.
    /// </summary>
    public Task IndexPersonAsync(Meeting meeting, string userId, CancellationToken cancellationToken) =>
        directory.AddToPersonAsync(MeetingTurn.ChannelOf(meeting), userId, meeting.Id, cancellationToken);

    /// <summary>
    /// A participant added after set-up (添加成员) becomes one like everyone set up with the meeting: indexed for his
    /// 1:1 chat (so "my tasks" finds the meeting) and sent his own task list, as of what is stored now.
    /// </summary>
    /// <returns>False when his list could not be sent now (he has never chatted with the bot privately).</returns>
    public async Task<bool> WelcomeAsync(ITurnContext turnContext, MeetingDossier dossier, ProcessTemplate template, Participant participant, CancellationToken cancellationToken)
    {
        var meeting = dossier.Meeting;
        var channelId = MeetingTurn.ChannelOf(meeting);
        var tasks = PersonalTasks.For(dossier, template, new Actor(participant.UserId, participant.Name, meeting.TenantId), time.GetUtcNow());
        return tasks.IsSuccess && await SendPersonalAsync(turnContext, channelId, meeting, template, participant, tasks.Value, cancellationToken);
    }

    /// <summary>
    /// Through <see cref="PersonalNotices"/>, like every other private notice: it leaves once the meeting is saved, the
    /// delivery ledger keeps it from going twice, and a large meeting's lists keep to the channel's rate (what cannot
    /// leave at once follows from the outbox). A participant who owes the attendance confirmation is asked it with
    /// the list, so 参加 / 请假 理由 (or the card's buttons) answers it.
    /// </summary>
    private async Task<bool> SendPersonalAsync(
        ITurnContext turnContext, string channelId, Meeting meeting, ProcessTemplate template, Participant participant, PersonalTaskList tasks, CancellationToken cancellationToken)
    {
        var key = NoticeKeys.For(meeting.Id, NoticeKeys.MeetingAnnounced, "tasks", meeting.Version, participant.UserId);
        var asked = AttendanceQuestion(meeting, template, tasks);
        var reached = await notices.SendAsync(turnContext, asked is null
            ? PersonalNotice.Text(channelId, participant.UserId, key, locale => MeetingText.Personal(meeting, tasks, locale))
            : new PersonalNotice(channelId, participant.UserId, key, locale => OpenQuestionCard.Ask(MeetingText.Personal(meeting, tasks, locale), asked, locale, channelId)),
            cancellationToken);
        if (reached && asked is not null)
        {
            await questions.AskAsync(turnContext, channelId, participant.UserId, asked, cancellationToken);
        }

        return reached;
    }

    /// <summary>The attendance question, when the person still owes the meeting's attendance confirmation.</summary>
    private OpenQuestion? AttendanceQuestion(Meeting meeting, ProcessTemplate template, PersonalTaskList tasks) =>
        tasks.Open.FirstOrDefault(line => template.FindDeliverable(line.DeliverableId)?.Kind == DeliverableKind.AttendanceConfirmation) is { } owed
            ? OpenQuestion.Ask(OpenQuestionKinds.Attendance, meeting.Id, owed.DeliverableId, string.Empty, time.GetUtcNow(), meeting.StartsAt)
            : null;
}
