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
        if (await directory.CurrentIdAsync(turnContext, cancellationToken) is not { } id)
        {
            return null;
        }

        var dossier = await repository.GetDossierAsync(id, cancellationToken);
        if (dossier is null || templates.Find(dossier.Meeting.TemplateId) is not { } template)
        {
            return null;
        }

        return new MeetingInContext(dossier, template, MeetingTurn.ActorOf(turnContext));
    }
}
