using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Proactive.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Reminders;

/// <summary>
/// A reminder fires: read the meeting as it is now, resolve who still owes the item (nobody who delivered is
/// reminded), and push one message per recipient into their 1:1 chat through the delivery ledger, so a re-fired
/// trigger or a second node never sends the same reminder twice.
/// </summary>
public sealed partial class ReminderDispatch(
    MeetingRepository meetings,
    TemplateLibrary templates,
    ConversationReferenceStore references,
    ProactiveSender sender,
    TimeProvider time,
    ReminderTelemetry telemetry,
    ILogger<ReminderDispatch> logger)
{
    public async Task<IReadOnlyList<(string UserId, PushOutcome? Outcome)>> SendAsync(string meetingId, string reminderKey, CancellationToken cancellationToken)
    {
        using var span = ReminderTelemetry.Source.StartActivity("reminder dispatch");
        span?.SetTag(ReminderTelemetry.MeetingIdTag, meetingId);
        span?.SetTag(ReminderTelemetry.ReminderKeyTag, reminderKey);
        var dossier = await meetings.GetDossierAsync(meetingId, cancellationToken);
        if (dossier is null || templates.Find(dossier.Meeting.TemplateId) is not { } template)
        {
            return [];
        }

        // The plan of the meeting as stored now: a reminder that is no longer planned is stale and sends nothing.
        var reminder = ReminderPlan.For(dossier.Meeting, template).FirstOrDefault(r => r.Key == reminderKey);
        if (reminder is null)
        {
            return [];
        }

        var results = new List<(string, PushOutcome?)>();
        var resolved = ReminderRecipients.Resolve(reminder, dossier, template, time.GetUtcNow());
        foreach (var message in resolved.Messages)
        {
            var personal = await references.GetPersonalAsync(MeetingTurn.ChannelOf(dossier.Meeting), message.UserId, cancellationToken);
            if (personal is null)
            {
                LogNoPersonalChat(reminderKey, message.UserId);
                telemetry.Pushed(null);
                results.Add((message.UserId, null));
                continue;
            }

            var text = message.Text.In(personal.Reference.Locale);
            var push = new PushMessage($"{reminderKey}/{message.UserId}", personal.Reference, Activity.CreateMessage(text));
            var outcome = await sender.SendAsync(push, cancellationToken);
            LogPushed(reminderKey, message.UserId, outcome);
            telemetry.Pushed(outcome);
            results.Add((message.UserId, outcome));
        }

        return results;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderKey}: {UserId} has no 1:1 chat with the bot")]
    private partial void LogNoPersonalChat(string reminderKey, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {ReminderKey} to {UserId}: {Outcome}")]
    private partial void LogPushed(string reminderKey, string userId, PushOutcome outcome);
}
