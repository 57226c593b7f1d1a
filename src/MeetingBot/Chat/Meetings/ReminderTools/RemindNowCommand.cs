using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Meetings.Storage;
using MeetingBot.Delivery;
using MeetingBot.Delivery.FanOut;
using MeetingBot.Reminders;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>
/// 立即提醒 / remind now: the secretary pushes, now, to everyone who owes something at this moment (resolved as a
/// scheduled reminder is), one 1:1 message each under a ledger key of this occurrence; the reply says how many.
/// Pushes another holder has claimed (the instance that handled this request first and died mid-run, its claims still
/// leased) are followed up after the lease by the reminder job, as a scheduled reminder's are.
/// </summary>
public sealed class RemindNowCommand(ReminderToolScope tools, ActivityOnce once, MeetingRepository meetings, ReminderFanOut fanOut, AfterLeaseFollowUps followUps) : IChatCommandHandler
{
    public ChatCommand Command => ReminderToolCommands.RemindNow;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await tools.SecretaryAsync(turn, cancellationToken) is not { } scope
            || await meetings.GetDossierAsync(turn.UnitOfWork, scope.Meeting.Id, cancellationToken) is not { } dossier)
        {
            return;
        }

        await once.ReplyAsync(turn, async () =>
        {
            // Keyed by the request, not the moment it is handled: handled again after a crash, it is the same fan-out.
            var (requestedAt, requestId) = ActivityOnce.RequestOf(turn, tools.Now);
            var reminder = OnDemandReminder.At(scope.Meeting.Id, requestedAt, requestId);
            var resolved = OnDemandReminder.Resolve(reminder, dossier, scope.Template);
            if (resolved.IsEmpty)
            {
                return ReminderToolTexts.NobodyOwes.In(turn.Locale);
            }

            var (run, outcomes) = await fanOut.RunAsync(dossier.Meeting, reminder.Key, resolved.Messages, continuing: true, cancellationToken);
            if (outcomes.Any(o => o.Outcome == PushOutcome.Busy))
            {
                await followUps.ScheduleAsync(dossier.Meeting.Id, reminder.Key, requestedAt, followUp: 0, cancellationToken);
            }

            return string.Join("\n", ReminderToolScope.Summary(run, turn.Locale));
        }, cancellationToken);
    }
}
