using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>Asks the domain whether the person acting in this turn (as the directory knows them) may set up meetings.</summary>
public sealed class Organisers(PeopleDirectoryStore store, DirectoryIdentity identity)
{
    /// <returns>The refusal (naming the administrators), or null when the person may organise.</returns>
    public async Task<Failure?> RefusalAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var directory = await store.GetAsync(cancellationToken);
        return Organising.MaySetUpMeetings(directory, DirectoryIdentity.PersonIn(directory, turnContext.Activity, identity.EmulatorTrusted));
    }

    /// <summary>The unit a meeting set up in this turn belongs to: the organiser's unit in the directory.</summary>
    public async Task<string?> UnitAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        UnitPath.Normalise((await identity.PersonOfAsync(turnContext, cancellationToken))?.Unit);
}
