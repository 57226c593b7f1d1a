using System.Diagnostics;
using System.Diagnostics.Metrics;
using MeetingBot.Delivery;

namespace MeetingBot.Reminders;

/// <summary>
/// Reminder traces and metrics, names in one place: triggers planned (new or moved), and per recipient whether the
/// reminder was sent or failed (and why). Tags are reasons and outcomes only; meeting ids go on spans.
/// </summary>
public sealed class ReminderTelemetry
{
    public const string SourceName = "MeetingBot.Reminders";
    public const string MeterName = "MeetingBot.Reminders";

    public const string PlannedName = "meetingbot.reminders.planned";
    public const string SentName = "meetingbot.reminders.sent";
    public const string FailedName = "meetingbot.reminders.failed";

    public const string ChangeTag = "reminder.change";
    public const string ReasonTag = "reminder.failure";
    public const string MeetingIdTag = "meeting.id";
    public const string ReminderKeyTag = "reminder.key";

    public const string NoPersonalChat = "no-personal-chat";

    public static readonly ActivitySource Source = new(SourceName);

    public ReminderTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Planned = meter.CreateCounter<long>(PlannedName, "{reminder}", "Reminder triggers scheduled (new) or moved (rescheduled).");
        Sent = meter.CreateCounter<long>(SentName, "{message}", "Reminder messages delivered to a person.");
        Failed = meter.CreateCounter<long>(FailedName, "{message}", "Reminder messages not delivered, by reason.");
    }

    public Counter<long> Planned { get; }
    public Counter<long> Sent { get; }
    public Counter<long> Failed { get; }

    public void Scheduled(string change) => Planned.Add(1, new KeyValuePair<string, object?>(ChangeTag, change));

    /// <summary>
    /// One recipient's outcome. <see cref="PushOutcome.AlreadyDone"/> and <see cref="PushOutcome.Busy"/> are neither:
    /// another firing or another node sends (or sent) that message.
    /// </summary>
    public void Pushed(PushOutcome? outcome)
    {
        switch (outcome)
        {
            case PushOutcome.Delivered:
                Sent.Add(1);
                break;
            case null:
                Failed.Add(1, new KeyValuePair<string, object?>(ReasonTag, NoPersonalChat));
                break;
            case PushOutcome.Unreachable:
                Failed.Add(1, new KeyValuePair<string, object?>(ReasonTag, "unreachable"));
                break;
            case PushOutcome.Failed:
                Failed.Add(1, new KeyValuePair<string, object?>(ReasonTag, "failed"));
                break;
        }
    }
}
