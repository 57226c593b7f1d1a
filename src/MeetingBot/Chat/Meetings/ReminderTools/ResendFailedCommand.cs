using MeetingBot.Delivery;
using MeetingBot.Chat.Commands;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>
/// 重发失败 / resend failed: sends each reminder occurrence again only to the recipients whose push failed, was
/// cancelled, or was left by a sender that died; never to the sent or the unreachable. Recipients are resolved
/// now, so whoever has meanwhile delivered (or for whom the reminder is out of date) is not sent it again.
/// </summary>
public sealed class ResendFailedCommand(ReminderToolScope tools, ActivityOnce once, MeetingDeliveries deliveries, ReminderOccurrences occurrences, ReminderFanOut fanOut) : IChatCommandHandler
{
    public ChatCommand Command => ReminderToolCommands.ResendFailed;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await tools.SecretaryAsync(turn, cancellationToken) is not { } scope)
        {
            return;
        }

        await once.ReplyAsync(turn, async () =>
        {
            var now = tools.Now;
            var failed = (await deliveries.ListAsync(scope.Meeting.Id, cancellationToken))
                .Where(e => e.MayResend(now))
                .GroupBy(e => e.ReminderKey, StringComparer.Ordinal)
                .ToList();
            if (failed.Count == 0)
            {
                return ReminderToolTexts.NothingToResend.In(turn.Locale);
            }

            var outcomes = new List<PushOutcome?>();
            var notNeeded = 0;
            foreach (var reminder in failed)
            {
                var userIds = reminder.Select(e => e.UserId).ToHashSet(StringComparer.Ordinal);
                var occurrence = await occurrences.ResolveAsync(scope.Meeting.Id, reminder.Key, cancellationToken);
                var messages = occurrence?.Resolved.Messages.Where(m => userIds.Contains(m.UserId)).ToList() ?? [];
                notNeeded += userIds.Count - messages.Count;
                if (occurrence is { } found && messages.Count > 0)
                {
                    var (_, sent) = await fanOut.RunAsync(found.Dossier.Meeting, reminder.Key, messages, cancellationToken);
                    outcomes.AddRange(sent.Select(s => s.Outcome));
                }
            }

            var reply = ReminderToolTexts.Resent.In(turn.Locale, outcomes.Count,
                outcomes.Count(o => o is PushOutcome.Delivered or PushOutcome.AlreadyDone),
                outcomes.Count(o => o is null or PushOutcome.Failed or PushOutcome.Busy),
                outcomes.Count(o => o == PushOutcome.Unreachable));
            if (notNeeded > 0)
            {
                reply += "\n" + ReminderToolTexts.NoLongerNeeded.In(turn.Locale, notNeeded);
            }

            return reply;
        }, cancellationToken);
    }
}
