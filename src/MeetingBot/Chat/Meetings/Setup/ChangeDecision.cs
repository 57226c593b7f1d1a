using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The domain's decision on a secretary's change (<see cref="ConfirmedChange"/>): on <paramref name="meeting"/> as it
/// stands before asking, or as stored on each attempt to save; <paramref name="scope"/> is the secretary's scope of the
/// turn (who acts, under which template).
/// </summary>
public delegate Outcome<Meeting> ChangeDecision(Meeting meeting, MeetingInTurn scope, DateTimeOffset now);
