using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// Reads the meeting a turn is about, as <see cref="MeetingResolver"/> decides it, with everything stored for it.
/// Null when there is none (the caller says so), so no command guesses a meeting the user did not mean.
/// </summary>
public sealed class CurrentMeeting(MeetingResolver resolver, MeetingRepository repository, TemplateLibrary templates)
{
    public async Task<MeetingInContext?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await resolver.CurrentIdAsync(turnContext, cancellationToken) is not { } id)
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
