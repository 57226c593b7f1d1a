using Quartz;

namespace MeetingBot.Reminders;

/// <summary>
/// The persistent job store <c>Reminders:JobStore</c> names. SQLite serialises in process, so it serves one instance;
/// PostgreSQL is shared, and the instances on it run as one Quartz cluster: each trigger fires on exactly one of them
/// and an instance that stops checking in has its triggers and interrupted jobs recovered by another.
/// </summary>
public static class ReminderJobStores
{
    public static void Configure(IPersistentStoreBuilder store, ReminderOptions options)
    {
        switch (options.JobStore)
        {
            case ReminderJobStore.Postgres:
                // Validated at start-up (ReminderOptionsValidator) before the scheduler ever connects.
                store.UsePostgres(options.PostgresConnectionString ?? string.Empty);
                store.UseClustering(c =>
                {
                    c.CheckinInterval = options.ClusterCheckinInterval;
                    c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                });
                break;
            default:
                // The file and its folder are made by ReminderJobStoreFile when the service starts, not here.
                store.UseSqlite($"Data Source={Path.GetFullPath(options.JobStorePath!)}");
                break;
        }

        store.ConfigureStore(s => s.MisfireThreshold = options.MisfireThreshold);
        store.UseSystemTextJsonSerializer();
        // Creates the QRTZ_ tables if missing (never alters existing ones); instances starting together race safely.
        store.ProvisionSchema();
    }
}
