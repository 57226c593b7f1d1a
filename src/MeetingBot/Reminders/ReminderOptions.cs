using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Reminders;

/// <summary>Section <c>Reminders</c>: where Quartz keeps its triggers and which missed reminders still matter.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>
    /// The SQLite file of Quartz's job store (the embedded default). Empty keeps triggers in memory, which is what the
    /// in-memory storage provider (tests) uses: triggers are rebuilt from the stored meetings at start-up anyway.
    /// </summary>
    public string? JobStorePath { get; set; } = "data/reminders.db";

    /// <summary>A reminder missed while the service was down is sent at start-up only if it is at most this old.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MissedStillRelevant { get; set; } = TimeSpan.FromHours(12);
}
