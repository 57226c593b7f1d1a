using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Meetings.Events;

/// <summary>
/// Follows saved changes to meetings. Owned by the meetings side so that the features which react (reminders) depend
/// on it and the features which change meetings (the chat front) never depend on them.
/// </summary>
public interface IMeetingChangeHandler
{
    /// <param name="unitOfWork">The turn that made the change, whose writes are not committed yet (read through it), or null outside a turn.</param>
    Task HandleAsync(MeetingChanged change, TurnUnitOfWork? unitOfWork, CancellationToken cancellationToken);
}
