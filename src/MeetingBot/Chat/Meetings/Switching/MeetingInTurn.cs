using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>The meeting a turn is about, its template, and who acts.</summary>
public sealed record MeetingInTurn(Meeting Meeting, ProcessTemplate Template, Actor Actor);
