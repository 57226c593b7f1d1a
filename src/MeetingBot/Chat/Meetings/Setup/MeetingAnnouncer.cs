using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// After a meeting is created: index it (this conversation, every participant), announce it here, and send each
/// participant 1:1 their own list of what is due when. Someone the bot has never chatted with privately cannot be
/// reached proactively; the secretary is told who.
/// </summary>
public sealed partial class MeetingAnnouncer(
    MeetingDirectory directory,
    ConversationReferenceStore references,
    CloudAdapter adapter,
    TimeProvider time,
    ILogger<MeetingAnnouncer> logger)
{
    public async Task AnnounceAsync(ITurnContext turnContext, Meeting meeting, ProcessTemplate template, UserLocale locale, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId!;
        await directory.AddToConversationAsync(channelId, activity.Conversation!.Id!, meeting.Id, cancellationToken);
        foreach (var participant in meeting.Participants)
        {
            await directory.AddToPersonAsync(channelId, participant.UserId, meeting.Id, cancellationToken);
        }

        await turnContext.SendActivityAsync(
            SetupTexts.Announcement.In(locale, meeting.Theme, MeetingText.Local(meeting.LocalStart), meeting.TimeZoneId, meeting.Place), cancellationToken);

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
                await turnContext.SendActivityAsync(MeetingText.Personal(meeting, tasks.Value, locale), cancellationToken);
                continue;
            }

            if (!await SendPersonalAsync(channelId, meeting, participant, tasks.Value, cancellationToken))
            {
                unreachable.Add(participant.Name);
            }
        }

        if (unreachable.Count > 0)
        {
            await turnContext.SendActivityAsync(SetupTexts.Unreachable.In(locale, UserLocales.List(locale, unreachable)), cancellationToken);
        }
    }

    private async Task<bool> SendPersonalAsync(string channelId, Meeting meeting, Participant participant, PersonalTaskList tasks, CancellationToken cancellationToken)
    {
        var stored = await references.GetPersonalAsync(channelId, participant.UserId, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        var locale = UserLocales.From(stored.Reference.Locale);
        try
        {
            await adapter.ContinueConversationAsync(stored.Reference,
                (turn, ct) => turn.SendActivityAsync(MeetingText.Personal(meeting, tasks, locale), ct), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One unreachable person must not stop the others' lists; the secretary is told instead.
            LogSendFailed(exception, meeting.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A personal task list for meeting {MeetingId} could not be sent")]
    private partial void LogSendFailed(Exception exception, string meetingId);
}
