using System.Text;
using MeetingBot.Chat.Commands;
using MeetingBot.Delivery.FanOut;
using Microsoft.Extensions.Options;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>
/// 提醒进度 / reminder progress: each fan-out of this meeting still running, on whichever instance: done/total,
/// failed, unreachable, when it started; a stalled one says since when it has not moved.
/// </summary>
public sealed class ReminderProgressCommand(ReminderToolScope tools, FanOutRuns runs, IOptions<FanOutProgressOptions> options) : IChatCommandHandler
{
    public ChatCommand Command => ReminderToolCommands.Progress;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await tools.SecretaryAsync(turn, cancellationToken) is not { } scope)
        {
            return;
        }

        var running = (await runs.ListAsync(scope.Meeting.Id, cancellationToken)).Where(r => r.Status == FanOutRunStatus.Running).ToList();
        if (running.Count == 0)
        {
            await turn.Context.SendActivityAsync(ReminderToolTexts.NoRuns.In(turn.Locale), cancellationToken);
            return;
        }

        var locale = turn.Locale;
        var text = new StringBuilder();
        foreach (var run in running)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append(ReminderToolTexts.ProgressLine.In(locale,
                ReminderToolScope.Label(scope, run.ReminderKey, locale), run.Done, run.Total, run.Failed, run.Unreachable, ReminderToolScope.Local(scope, run.StartedAt, locale)));
            if (run.IsStalled(tools.Now, options.Value.StallAfter))
            {
                text.Append(ReminderToolTexts.ProgressStalled.In(locale, ReminderToolScope.Local(scope, run.LastProgressAt, locale)));
            }

            if (run.CancelRequested)
            {
                text.Append(ReminderToolTexts.ProgressCancelling.In(locale));
            }
        }

        await turn.Context.SendActivityAsync(text.ToString(), cancellationToken);
    }
}
