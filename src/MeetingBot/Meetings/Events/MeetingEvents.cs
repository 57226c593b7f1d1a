using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Meetings.Events;

/// <summary>
/// Raises <see cref="MeetingChanged"/> to every registered <see cref="IMeetingChangeHandler"/>, in process and in
/// order, after the change was saved. A handler reads the stored meeting itself (the source of truth), so a
/// replayed turn that raises the same event again only repeats idempotent work.
/// </summary>
public sealed class MeetingEvents(IEnumerable<IMeetingChangeHandler> handlers)
{
    public async Task RaiseAsync(MeetingChanged change, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(change, cancellationToken);
        }
    }
}
