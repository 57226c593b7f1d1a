using System.Text;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Coordination.Texts;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>
/// 发送记录 / delivery log: per reminder occurrence, sent / retried / failed / unreachable (and cancelled or in
/// flight when there are any), naming who failed or cannot be reached. Names and counts only, never content.
/// </summary>
public sealed class DeliveryLogCommand(ReminderToolScope tools, MeetingDeliveries deliveries) : IChatCommandHandler
{
    /// <summary>The newest occurrences shown; a long-running meeting's log stays readable.</summary>
    public const int MaxReminders = 15;

    public ChatCommand Command => ReminderToolCommands.DeliveryLog;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await tools.SecretaryAsync(turn, cancellationToken) is not { } scope)
        {
            return;
        }

        var log = DeliveryLog.Summarise(scope.Meeting, await deliveries.ListAsync(scope.Meeting.Id, cancellationToken), tools.Now);
        if (log.Count == 0)
        {
            await turn.Context.SendActivityAsync(ReminderToolTexts.NoLog.In(turn.Locale), cancellationToken);
            return;
        }

        var locale = turn.Locale;
        var text = new StringBuilder(ReminderToolTexts.LogHeading.In(locale));
        foreach (var reminder in log.Take(MaxReminders))
        {
            text.Append('\n').Append(ReminderToolTexts.LogLine.In(locale,
                ReminderToolScope.Label(scope, reminder.ReminderKey, locale), reminder.Sent, reminder.Retried, reminder.Failed, reminder.Unreachable));
            if (reminder.Cancelled > 0)
            {
                text.Append(ReminderToolTexts.LogCancelled.In(locale, reminder.Cancelled));
            }

            if (reminder.InFlight > 0)
            {
                text.Append(ReminderToolTexts.LogInFlight.In(locale, reminder.InFlight));
            }

            if (reminder.FailedNames.Count > 0)
            {
                text.Append('\n').Append(ReminderToolTexts.LogFailedNames.In(locale, Localization.UserLocales.List(locale, reminder.FailedNames.Select(MarkdownEscape.Text))));
            }

            if (reminder.UnreachableNames.Count > 0)
            {
                text.Append('\n').Append(ReminderToolTexts.LogUnreachableNames.In(locale, Localization.UserLocales.List(locale, reminder.UnreachableNames.Select(MarkdownEscape.Text))));
            }
        }

        await turn.Context.SendActivityAsync(text.ToString(), cancellationToken);
    }
}
