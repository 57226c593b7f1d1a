using System.Globalization;
using MeetingBot.Delivery;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Reminders;

/// <summary>
/// Comes back, once the lease has run out, for pushes of a reminder that another holder had claimed (an instance that
/// died mid fan-out): a one-shot trigger of the <see cref="ReminderJob"/> a second past the lease. It lives in Quartz's
/// job store, clustered on PostgreSQL, so it outlives the instance that scheduled it. Shared by the scheduled reminders
/// and 立即提醒, whose fan-out runs inside the turn: killed mid-run, the turn is redelivered to another instance, which
/// finds the dead one's claims still leased. The ledger keeps a push settled meanwhile from going twice.
/// </summary>
public sealed class AfterLeaseFollowUps(ISchedulerFactory schedulers, TimeProvider time, IOptions<FanOutOptions> fanOut)
{
    /// <summary>Follow-up triggers, kept apart from the per-meeting plan groups.</summary>
    public const string Group = "meetingbot-after-lease";

    /// <summary>On a follow-up trigger: when the reminder was planned (or asked for), for the staleness check.</summary>
    public const string PlannedAtKey = "plannedAt";

    /// <summary>On a follow-up trigger: how many follow-ups came before it, itself included.</summary>
    public const string FollowUpKey = "followUp";

    /// <summary>A busy claim outlives at most this many follow-ups (each a lease long) before it is left to the delivery log.</summary>
    public const int MaxFollowUps = 5;

    /// <summary>
    /// Schedules the follow-up after <paramref name="followUp"/> (0 for the first run of the reminder), keyed by the
    /// reminder and the count, so scheduling it again (a redelivered turn, a re-fired job) replaces it.
    /// </summary>
    /// <returns>When it fires; null when <see cref="MaxFollowUps"/> came already and the busy pushes are given up.</returns>
    public async Task<DateTimeOffset?> ScheduleAsync(string meetingId, string reminderKey, DateTimeOffset plannedAt, int followUp, CancellationToken cancellationToken)
    {
        if (followUp >= MaxFollowUps)
        {
            return null;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        // A second past the lease, so the claims of a holder that died have run out when it fires.
        var at = time.GetUtcNow() + fanOut.Value.Lease + TimeSpan.FromSeconds(1);
        // On the scheduler's clock, as every trigger of ours (see ReminderSchedule).
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity($"{reminderKey}/after-lease/{followUp + 1}", Group)
            .ForJob(ReminderJob.Key)
            .UsingJobData(ReminderJob.MeetingIdKey, meetingId)
            .UsingJobData(ReminderJob.ReminderKeyKey, reminderKey)
            .UsingJobData(PlannedAtKey, plannedAt.ToString("O", CultureInfo.InvariantCulture))
            .UsingJobData(FollowUpKey, followUp + 1)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        return at;
    }

    /// <summary>The follow-up count a trigger carries (0 on a planned reminder's own trigger).</summary>
    public static int FollowUpOf(JobDataMap data) => data.ContainsKey(FollowUpKey) ? data.GetInt(FollowUpKey) : 0;

    /// <summary>When the reminder was planned: carried by a follow-up, else the trigger's own start.</summary>
    public static DateTimeOffset PlannedAtOf(JobDataMap data, ITrigger trigger) => data.ContainsKey(PlannedAtKey)
        ? DateTimeOffset.Parse(data.GetString(PlannedAtKey)!, CultureInfo.InvariantCulture)
        : trigger.StartTimeUtc;
}
