using MeetingBot.Chat.Commands;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>取消提醒 / cancel reminders: the secretary stops this meeting's running fan-outs, wherever they run.</summary>
public sealed class CancelRemindersCommand(ReminderToolScope tools, ActivityOnce once, FanOutCancellation cancellation) : IChatCommandHandler
{
    public ChatCommand Command => ReminderToolCommands.Cancel;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await tools.SecretaryAsync(turn, cancellationToken) is not { } scope)
        {
            return;
        }

        await once.ReplyAsync(turn, async () =>
        {
            var stopped = await cancellation.CancelAsync(scope.Meeting.Id, cancellationToken);
            return stopped.Count == 0 ? ReminderToolTexts.NoRuns.In(turn.Locale) : ReminderToolTexts.CancelRequested.In(turn.Locale, stopped.Count);
        }, cancellationToken);
    }
}
