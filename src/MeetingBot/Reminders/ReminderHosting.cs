using MeetingBot.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Reminders;

public static class ReminderHosting
{
    /// <summary>
    /// Quartz with its persistent job store in SQLite (the schema is created at start-up if missing), or in memory
    /// for the in-memory storage provider; the reminder job; the schedule that keeps triggers in step with meetings.
    /// </summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var reminders = builder.Configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        var inMemory = string.Equals(builder.Configuration[$"{StorageOptions.SectionName}:Provider"], StorageProviders.Memory, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(reminders.JobStorePath);
        // A persistent store is shared under one scheduler name (the future cluster's); an in-memory one belongs to
        // this host alone, so several hosts in one process (tests) never share a scheduler.
        var name = inMemory ? $"meetingbot-reminders-{Guid.NewGuid():N}" : "meetingbot-reminders";
        services.AddQuartz(new System.Collections.Specialized.NameValueCollection { ["quartz.scheduler.instanceName"] = name }, q =>
        {
            q.AddJob<ReminderJob>(j => j.WithIdentity(ReminderJob.Key).StoreDurably());
            if (!inMemory)
            {
                var path = Path.GetFullPath(reminders.JobStorePath!);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                q.UsePersistentStore(s =>
                {
                    s.UseSqlite($"Data Source={path}");
                    s.UseSystemTextJsonSerializer();
                    s.ProvisionSchema();
                });
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<ReminderTelemetry>();
        services.AddSingleton<ReminderSchedule>();
        services.AddSingleton<ReminderDispatch>();
        services.AddHostedService<ReminderStartup>();
        return builder;
    }
}
