using MeetingBot.Storage;
using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Reminders;

/// <summary>Fills the <c>Reminders</c> settings left unset from the <c>Storage</c> ones, before validation.</summary>
public static class ReminderDefaults
{
    public static void Apply(ReminderOptions reminders, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        // Null is unset; empty is "in memory" and stays so.
        reminders.JobStorePath ??= Path.Combine(
            Path.GetDirectoryName(storage.Sqlite.Path is { Length: > 0 } path ? path : SqliteStorageOptions.DefaultPath) ?? string.Empty,
            ReminderOptions.DefaultFileName);
        if (string.IsNullOrWhiteSpace(reminders.PostgresConnectionString))
        {
            // One PostgreSQL server for the state and the clustered job store: one connection string to configure.
            reminders.PostgresConnectionString = storage.Postgres.ConnectionString;
        }
    }
}
