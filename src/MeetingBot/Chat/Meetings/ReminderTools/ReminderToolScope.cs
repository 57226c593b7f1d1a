using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Localization;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>
/// What the reminder tools share: the secretary-only scope (anyone else gets the domain's refusal) and how a
/// reminder occurrence and a time are written for people.
/// </summary>
public sealed class ReminderToolScope(MeetingUpdates updates, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public Task<MeetingInTurn?> SecretaryAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken);

    public static string Label(MeetingInTurn scope, string reminderKey, UserLocale locale) =>
        MeetingText.In(ReminderLabel.Of(reminderKey, scope.Template), locale);

    /// <summary>An instant in the meeting's own zone, as reminders write times.</summary>
    public static string Local(MeetingInTurn scope, DateTimeOffset instant, UserLocale locale) =>
        MeetingText.In(ReminderTexts.LocalTime(
            Coordination.Meetings.WallClock.ToLocal(instant, Coordination.Meetings.WallClock.TryFindZone(scope.Meeting.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc),
            scope.Meeting.TimeZoneId), locale);

    /// <summary>The counts of a finished fan-out as the secretary reads them.</summary>
    public static IEnumerable<string> Summary(FanOutRun run, UserLocale locale)
    {
        if (run.Status == FanOutRunStatus.Cancelled)
        {
            yield return ReminderToolTexts.StoppedByCancel.In(locale, run.Done, run.Total);
        }

        yield return ReminderToolTexts.Sent.In(locale, run.Sent);
        if (run.Failed + run.Unreachable + run.NoChat > 0)
        {
            yield return ReminderToolTexts.NotAllSent.In(locale, run.Failed, run.Unreachable, run.NoChat);
        }
    }
}
