using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Events;

namespace MeetingBot.Reminders;

/// <summary>
/// Keeps the reminder triggers in step with every saved change to a meeting: a new time, a new roster and a new
/// rectification timetable all change the plan, and the plan is read from the stored dossier whatever changed.
/// </summary>
public sealed class ReminderScheduleFollower(ReminderSchedule schedule) : IMeetingChangeHandler
{
    public Task HandleAsync(MeetingChanged change, TurnUnitOfWork? unitOfWork, CancellationToken cancellationToken) =>
        schedule.ReconcileAsync(change.MeetingId, unitOfWork, cancellationToken);
}
