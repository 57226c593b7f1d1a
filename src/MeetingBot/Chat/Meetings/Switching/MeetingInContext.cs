using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>
/// The meeting a turn is about, read once: everything stored for it, its template, who is acting, and the turn's
/// unit of work (null outside a turn pipeline), which every read and write for this meeting in the turn goes through.
/// </summary>
public sealed record MeetingInContext(MeetingDossier Dossier, ProcessTemplate Template, Actor Actor, TurnUnitOfWork? UnitOfWork)
{
    public Meeting Meeting => Dossier.Meeting;
}
