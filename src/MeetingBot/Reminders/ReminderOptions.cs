using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Reminders;

/// <summary>
/// Section <c>Reminders</c>: where Quartz keeps its triggers, how clustered instances watch each other, and which
/// missed reminders still matter.
/// </summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>
    /// <see cref="ReminderJobStore.Sqlite"/> (the embedded default) or <see cref="ReminderJobStore.Postgres"/> (shared
    /// by several instances). With the in-memory storage provider triggers are kept in memory whatever this says.
    /// </summary>
    public ReminderJobStore JobStore { get; set; } = ReminderJobStore.Sqlite;

    /// <summary>
    /// The SQLite file of Quartz's job store (the embedded default). Unset: <see cref="DefaultFileName"/> beside
    /// <c>Storage:Sqlite:Path</c> (<c>data/reminders.db</c> by default), so the files the service creates sit together.
    /// Empty keeps triggers in memory, which is what the in-memory storage provider (tests) uses: triggers are rebuilt
    /// from the stored meetings at start-up anyway.
    /// </summary>
    public string? JobStorePath { get; set; }

    public const string DefaultFileName = "reminders.db";

    /// <summary>The Npgsql connection string of the shared job store, for <see cref="ReminderJobStore.Postgres"/>.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>
    /// The scheduler's name: every instance of one deployment uses the same, so they form one cluster; two deployments
    /// sharing a database keep apart by using different names.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$")]
    public string SchedulerName { get; set; } = "meetingbot-reminders";

    /// <summary>How often a clustered instance records that it is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long past a missed check-in the others wait before treating an instance as dead and recovering its
    /// triggers and the fan-outs it was running.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How late a trigger may fire before it counts as misfired; a misfired reminder fires once, at once (never once
    /// per missed interval: every reminder trigger fires exactly one time).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A reminder missed while the service was down is sent at start-up only if it is at most this old.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MissedStillRelevant { get; set; } = TimeSpan.FromHours(12);
}
