using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Meetings.Events;

/// <summary>
/// Follows saved changes to meetings. Owned by the meetings side so that the features which react (reminders) depend
/// on it and the features which change meetings (the chat front) never depend on them.
/// </summary>
public interface IMeetingChangeHandler
{
    Task HandleAsync(MeetingChanged change, CancellationToken cancellationToken);
}
