using MeetingBot.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Reminders;

public static class ReminderHosting
{
    /// <summary>
    /// Quartz with its persistent job store (SQLite embedded, or PostgreSQL shared by clustered instances; the schema
    /// is created at start-up if missing), or in memory for the in-memory storage provider; the reminder job; the
    /// schedule that keeps triggers in step with meetings.
    /// </summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.SectionName))
            .PostConfigure(o => ReminderDefaults.Apply(o, builder.Configuration))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        var reminders = builder.Configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        ReminderDefaults.Apply(reminders, builder.Configuration);
        var inMemory = string.Equals(builder.Configuration[$"{StorageOptions.SectionName}:Provider"], StorageProviders.Memory, StringComparison.OrdinalIgnoreCase)
            || (reminders.JobStore == ReminderJobStore.Sqlite && string.IsNullOrWhiteSpace(reminders.JobStorePath));
        // A persistent store is shared under one scheduler name (the cluster's); an in-memory one belongs to this host
        // alone, so several hosts in one process (tests) never share a scheduler.
        var name = inMemory ? $"meetingbot-reminders-{Guid.NewGuid():N}" : reminders.SchedulerName;
        var properties = new System.Collections.Specialized.NameValueCollection { ["quartz.scheduler.instanceName"] = name };
        if (!inMemory && reminders.JobStore == ReminderJobStore.Postgres)
        {
            // Each instance gets its own generated id (host name and a time stamp): the cluster tells them apart by it.
            properties["quartz.scheduler.instanceId"] = "AUTO";
        }

        services.AddQuartz(properties, q =>
        {
            // RequestRecovery: a fan-out interrupted by a crash is run again (by another instance when clustered); the
            // delivery ledger skips whoever already has the reminder.
            q.AddJob<ReminderJob>(j => j.WithIdentity(ReminderJob.Key).StoreDurably().RequestRecovery());
            if (!inMemory)
            {
                q.UsePersistentStore(s => ReminderJobStores.Configure(s, reminders));
            }
        });
        if (!inMemory && reminders.JobStore == ReminderJobStore.Sqlite)
        {
            // Registered before Quartz's own hosted service, so the file exists (owner-only) before Quartz opens it;
            // not at registration, so a start-up refused for configuration has written nothing.
            services.AddHostedService(_ => new ReminderJobStoreFile(reminders.JobStorePath!));
        }

        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        // Quartz's hosted service runs from ReminderSchedulerStart, after the server listens, not before it.
        var quartzHosted = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(QuartzHostedService)).ToList();
        if (quartzHosted.Count != 1)
        {
            throw new InvalidOperationException($"Expected Quartz to register {nameof(QuartzHostedService)} as one hosted service; found {quartzHosted.Count}.");
        }

        services.Remove(quartzHosted[0]);
        services.AddSingleton<QuartzHostedService>();
        services.AddHostedService<ReminderSchedulerStart>();
        services.AddSingleton<ReminderTelemetry>();
        services.AddSingleton<ActiveMeetings>();
        services.AddSingleton<ReminderSchedule>();
        services.AddSingleton<Meetings.Events.IMeetingChangeHandler, ReminderScheduleFollower>();
        services.AddSingleton<ReminderDispatch>();
        services.AddSingleton<AfterLeaseFollowUps>();
        services.AddHostedService<ReminderStartup>();
        return builder;
    }
}
