using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// Finds the meeting a turn is about: in a group, the conversation's newest meeting; in 1:1, the person's newest.
/// Null when there is none (the caller says so), so no command guesses a meeting the user did not mean.
/// </summary>
public sealed class CurrentMeeting(MeetingDirectory directory, MeetingRepository repository, TemplateLibrary templates)
{
    public async Task<MeetingInContext?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        var ids = activity.Conversation?.IsGroup == true
            ? await directory.ForConversationAsync(channelId, activity.Conversation.Id ?? string.Empty, cancellationToken)
            : await directory.ForPersonAsync(channelId, activity.From?.Id ?? string.Empty, cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        // The index appends as meetings are set up, so the last one is the newest.
        var dossier = await repository.GetDossierAsync(ids[^1], cancellationToken);
        if (dossier is null || templates.Find(dossier.Meeting.TemplateId) is not { } template)
        {
            return null;
        }

        return new MeetingInContext(dossier, template, MeetingTurn.ActorOf(turnContext));
    }
}
