using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>The meeting a turn is about, read once: everything stored for it, its template, and who is acting.</summary>
public sealed record MeetingInContext(MeetingDossier Dossier, ProcessTemplate Template, Actor Actor)
{
    public Meeting Meeting => Dossier.Meeting;
}
