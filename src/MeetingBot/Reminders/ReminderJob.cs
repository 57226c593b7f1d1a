using MeetingBot.Delivery;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Reminders;

/// <summary>
/// A thin Quartz job: the trigger names the meeting and the reminder; <see cref="ReminderDispatch"/> does the rest.
/// <para>
/// Misfires are deliberate: a reminder whose time passed while every instance was down fires once at start-up (the
/// trigger's fire-now instruction) and only while it is at most <see cref="ReminderOptions.MissedStillRelevant"/> old;
/// the dispatch then re-reads who still owes it and the delivery ledger skips whoever already has it.
/// </para>
/// <para>
/// Fan-outs run one at a time across all instances (<see cref="DisallowConcurrentExecutionAttribute"/> on the one
/// shared job): the channel's overall limit is per bot, not per instance. A fan-out that meets a push another holder
/// has claimed (a crashed instance whose lease has not run out) comes back for it once the lease ends.
/// </para>
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ReminderJob(ReminderDispatch dispatch, TimeProvider time, IOptions<ReminderOptions> options, IOptions<FanOutOptions> fanOut, ILogger<ReminderJob> logger) : IJob
{
    public const string MeetingIdKey = "meetingId";
    public const string ReminderKeyKey = "reminderKey";
    public static readonly JobKey Key = new("reminder", "meetingbot");

    /// <summary>Follow-up triggers for claims that were busy; kept apart from the per-meeting plan groups.</summary>
    public const string AfterLeaseGroup = "meetingbot-after-lease";

    /// <summary>On a follow-up trigger: when the reminder was planned, for the staleness check.</summary>
    public const string PlannedAtKey = "plannedAt";

    /// <summary>On a follow-up trigger: how many follow-ups came before it.</summary>
    public const string FollowUpKey = "followUp";

    /// <summary>A busy claim outlives at most this many follow-ups (each a lease long) before it is left to the log.</summary>
    public const int MaxFollowUps = 5;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var meetingId = data.GetString(MeetingIdKey)!;
        var reminderKey = data.GetString(ReminderKeyKey)!;
        var plannedAt = data.ContainsKey(PlannedAtKey)
            ? DateTimeOffset.Parse(data.GetString(PlannedAtKey)!, System.Globalization.CultureInfo.InvariantCulture)
            : context.Trigger.StartTimeUtc;
        var followUp = data.ContainsKey(FollowUpKey) ? data.GetInt(FollowUpKey) : 0;
        LogFired(reminderKey, context.Scheduler.SchedulerInstanceId, context.Recovering, followUp);

        var late = time.GetUtcNow() - plannedAt;
        if (late > options.Value.MissedStillRelevant && followUp == 0 && !context.Recovering)
        {
            LogTooLate(reminderKey, late);
            return;
        }

        var results = await dispatch.SendAsync(meetingId, reminderKey, cancellationToken);
        var busy = results.Count(r => r.Outcome == PushOutcome.Busy);
        if (busy == 0)
        {
            return;
        }

        if (followUp >= MaxFollowUps)
        {
            LogGivingUp(reminderKey, busy, followUp);
            return;
        }

        // A second past the lease, so the claims of a holder that died have run out when it fires.
        var at = time.GetUtcNow() + fanOut.Value.Lease + TimeSpan.FromSeconds(1);
        var trigger = TriggerBuilder.Create(context.Scheduler.TimeProvider)
            .WithIdentity($"{reminderKey}/after-lease/{followUp + 1}", AfterLeaseGroup)
            .ForJob(Key)
            .UsingJobData(MeetingIdKey, meetingId)
            .UsingJobData(ReminderKeyKey, reminderKey)
            .UsingJobData(PlannedAtKey, plannedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .UsingJobData(FollowUpKey, followUp + 1)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await context.Scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        LogComingBack(reminderKey, busy, at);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {ReminderKey} fired on {InstanceId} (recovering: {Recovering}, follow-up: {FollowUp})")]
    private partial void LogFired(string reminderKey, string instanceId, bool recovering, int followUp);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {ReminderKey} is {Late} late, past Reminders:MissedStillRelevant: not sent")]
    private partial void LogTooLate(string reminderKey, TimeSpan late);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {ReminderKey}: {Busy} pushes are claimed by another holder; coming back at {At}")]
    private partial void LogComingBack(string reminderKey, int busy, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderKey}: {Busy} pushes still claimed by another holder after {FollowUps} follow-ups; left to the delivery log")]
    private partial void LogGivingUp(string reminderKey, int busy, int followUps);
}
