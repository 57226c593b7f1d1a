using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>What a command about the current meeting works on: the meeting, its template and who acts.</summary>
public sealed record MeetingScope(Meeting Meeting, ProcessTemplate Template, Actor Actor);
