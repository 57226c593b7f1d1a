using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Status;

/// <summary>One meeting a person takes part in, read with its template, for choosing which one a 1:1 turn is about.</summary>
public sealed record MeetingCandidate(MeetingDossier Dossier, ProcessTemplate Template);
