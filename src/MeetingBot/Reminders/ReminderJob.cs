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
/// has claimed (a crashed instance whose lease has not run out) comes back for it once the lease ends
/// (<see cref="AfterLeaseFollowUps"/>, which 立即提醒 uses too).
/// </para>
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ReminderJob(ReminderDispatch dispatch, AfterLeaseFollowUps followUps, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderJob> logger) : IJob
{
    public const string MeetingIdKey = "meetingId";
    public const string ReminderKeyKey = "reminderKey";
    public static readonly JobKey Key = new("reminder", "meetingbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var meetingId = data.GetString(MeetingIdKey)!;
        var reminderKey = data.GetString(ReminderKeyKey)!;
        var plannedAt = AfterLeaseFollowUps.PlannedAtOf(data, context.Trigger);
        var followUp = AfterLeaseFollowUps.FollowUpOf(data);
        LogFired(reminderKey, context.Scheduler.SchedulerInstanceId, context.Recovering, followUp);

        var late = time.GetUtcNow() - plannedAt;
        if (late > options.Value.MissedStillRelevant && followUp == 0 && !context.Recovering)
        {
            LogTooLate(reminderKey, late);
            return;
        }

        var results = await dispatch.SendAsync(meetingId, reminderKey, followingUp: followUp > 0, cancellationToken);
        var busy = results.Count(r => r.Outcome == PushOutcome.Busy);
        if (busy == 0)
        {
            return;
        }

        if (await followUps.ScheduleAsync(meetingId, reminderKey, plannedAt, followUp, cancellationToken) is { } at)
        {
            LogComingBack(reminderKey, busy, at);
        }
        else
        {
            LogGivingUp(reminderKey, busy, followUp);
        }
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
