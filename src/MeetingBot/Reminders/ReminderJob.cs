using Quartz;

namespace MeetingBot.Reminders;

/// <summary>A thin Quartz job: the trigger names the meeting and the reminder; <see cref="ReminderDispatch"/> does the rest.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(ReminderDispatch dispatch) : IJob
{
    public const string MeetingIdKey = "meetingId";
    public const string ReminderKeyKey = "reminderKey";
    public static readonly JobKey Key = new("reminder", "meetingbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await dispatch.SendAsync(
            context.MergedJobDataMap.GetString(MeetingIdKey)!,
            context.MergedJobDataMap.GetString(ReminderKeyKey)!,
            cancellationToken);
}
