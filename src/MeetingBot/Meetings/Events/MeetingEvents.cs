using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Meetings.Events;

/// <summary>
/// Raises <see cref="MeetingChanged"/> to every registered <see cref="IMeetingChangeHandler"/>, in process and in
/// order, once the change is decided. In a turn the change is held until the turn commits, so the handlers get the
/// turn's unit of work and read the meeting through it; a handler that fails fails the turn, which then saves
/// nothing and can be sent again. A handler reads the meeting itself (the source of truth), so a replayed turn that
/// raises the same event again only repeats idempotent work.
/// </summary>
public sealed class MeetingEvents(IEnumerable<IMeetingChangeHandler> handlers)
{
    public async Task RaiseAsync(TurnUnitOfWork? unitOfWork, MeetingChanged change, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(change, unitOfWork, cancellationToken);
        }
    }
}
