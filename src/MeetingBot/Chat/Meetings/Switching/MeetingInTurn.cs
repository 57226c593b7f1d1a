using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>The meeting a turn is about, its template, who acts, and the turn's unit of work (null outside a turn pipeline).</summary>
public sealed record MeetingInTurn(Meeting Meeting, ProcessTemplate Template, Actor Actor, TurnUnitOfWork? UnitOfWork);
