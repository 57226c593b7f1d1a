using MeetingBot.Delivery;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Reminders;

/// <summary>
/// A reminder fires: read the meeting as it is now, resolve who still owes the item (nobody who delivered is
/// reminded), and push one message per recipient into their 1:1 chat through the delivery ledger, so a re-fired
/// trigger or a second node never sends the same reminder twice. The fan-out's progress is kept in storage.
/// </summary>
public sealed class ReminderDispatch(ReminderOccurrences occurrences, ReminderFanOut fanOut, ReminderTelemetry telemetry)
{
    public Task<IReadOnlyList<(string UserId, PushOutcome? Outcome)>> SendAsync(string meetingId, string reminderKey, CancellationToken cancellationToken) =>
        SendAsync(meetingId, reminderKey, followingUp: false, cancellationToken);

    /// <param name="followingUp">An after-lease follow-up: it continues the occurrence's run rather than listing another.</param>
    public async Task<IReadOnlyList<(string UserId, PushOutcome? Outcome)>> SendAsync(string meetingId, string reminderKey, bool followingUp, CancellationToken cancellationToken)
    {
        using var span = ReminderTelemetry.Source.StartActivity("reminder dispatch");
        span?.SetTag(ReminderTelemetry.MeetingIdTag, meetingId);
        span?.SetTag(ReminderTelemetry.ReminderKeyTag, reminderKey);
        // The plan of the meeting as stored now: a reminder that is no longer planned is stale and sends nothing.
        if (await occurrences.ResolveAsync(meetingId, reminderKey, cancellationToken) is not { } occurrence || occurrence.Resolved.IsEmpty)
        {
            return [];
        }

        var (_, outcomes) = await fanOut.RunAsync(occurrence.Dossier.Meeting, reminderKey, occurrence.Resolved.Messages, continuing: followingUp, cancellationToken);
        foreach (var (_, outcome) in outcomes)
        {
            telemetry.Pushed(outcome);
        }

        return outcomes;
    }
}
