using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Reminders;

/// <summary>
/// At start-up, brings every stored meeting's triggers in step with its plan: triggers lost with an in-memory job
/// store are rebuilt, and reminders missed while the service was down fire once now if still relevant.
/// </summary>
public sealed class ReminderStartup(IStorage storage, ReminderSchedule schedule) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var document in await storage.ListAsync("meetings/", stoppingToken))
        {
            if (document.Key.EndsWith("/meeting", StringComparison.Ordinal)
                && System.Text.Json.JsonSerializer.Deserialize<Meeting>(document.Json, Meetings.Storage.DocumentJson.Options) is { } meeting)
            {
                await schedule.ReconcileAsync(meeting.Id, stoppingToken);
            }
        }
    }
}
