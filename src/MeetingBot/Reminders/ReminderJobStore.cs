namespace MeetingBot.Reminders;

/// <summary>Where Quartz keeps the reminder triggers (<c>Reminders:JobStore</c>).</summary>
public enum ReminderJobStore
{
    /// <summary>An embedded SQLite file beside the state database: one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by every instance, which then run Quartz clustered.</summary>
    Postgres,
}
