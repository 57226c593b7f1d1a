using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Reminders;

/// <summary>
/// Keeps Quartz's triggers in step with a meeting's reminder plan: one trigger per planned reminder, keyed by the
/// reminder's own deterministic key in a group per meeting, so rescheduling replaces triggers instead of adding
/// them and a cancelled meeting's triggers are removed. The stored dossier is the source of truth: it is read here,
/// so the plan covers the meeting's deadlines and its rectification timetable, whichever of them changed. It also
/// keeps the meeting's entry in <see cref="ActiveMeetings"/>: active while the plan has anything left to fire, with
/// the fingerprint of the plan whose triggers are stored. While the plan is unchanged (every meeting at a start-up,
/// most reconciles after a turn) one listing of the meeting's trigger keys is the whole reconcile: no trigger is read.
/// </summary>
public sealed class ReminderSchedule(
    ISchedulerFactory schedulers, MeetingRepository meetings, ActiveMeetings active, TemplateLibrary templates, TimeProvider time,
    IOptions<ReminderOptions> options, ReminderTelemetry telemetry)
{
    public Task ReconcileAsync(string meetingId, CancellationToken cancellationToken) => ReconcileAsync(meetingId, unitOfWork: null, cancellationToken);

    /// <summary>
    /// Reconciles to the dossier as <paramref name="unitOfWork"/>'s turn sees it (its own writes, not yet committed)
    /// when there is a turn, as stored otherwise. A run of a turn that is then thrown away may leave the triggers of a
    /// plan never saved; the run after it reconciles again, and a reminder no longer planned sends nothing when it fires.
    /// </summary>
    public async Task ReconcileAsync(string meetingId, TurnUnitOfWork? unitOfWork, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var dossier = await meetings.GetDossierAsync(unitOfWork, meetingId, cancellationToken);
        var template = dossier is null ? null : templates.Find(dossier.Meeting.TemplateId);
        var now = time.GetUtcNow();
        var oldest = now - options.Value.MissedStillRelevant;
        IReadOnlyList<PlannedReminder> planned = template is null ? [] : ReminderPlan.For(dossier!, template);
        var wanted = planned.Where(r => r.FireAt > oldest).ToDictionary(r => r.Key, StringComparer.Ordinal);

        // Of the whole plan, not of what is still ahead: a reminder that merely aged out changes no trigger's time.
        var plan = wanted.Count > 0 ? Fingerprint(planned) : null;
        var existing = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(meetingId), cancellationToken);
        // The index first, so a crash before the triggers are stored still leaves the meeting to the next start-up.
        // A new marker may name the plan at once when no trigger exists yet (none can have a stale time).
        var marker = await active.GetAsync(meetingId, cancellationToken);
        var listingSuffices = plan is not null && marker?.Value.Plan == plan;
        if (marker is null || plan is null)
        {
            marker = await active.MarkAsync(meetingId, marker, plan is not null, existing.Count == 0 ? plan : null, cancellationToken);
        }

        foreach (var stale in existing.Where(k => !wanted.ContainsKey(k.Name)))
        {
            await scheduler.UnscheduleJob(stale, cancellationToken);
        }

        var toStore = new List<ITrigger>();
        foreach (var reminder in wanted.Values)
        {
            var trigger = TriggerFor(scheduler, meetingId, reminder);
            if (!existing.Contains(trigger.Key))
            {
                toStore.Add(trigger);
                telemetry.Scheduled("new");
            }
            // Read only when the marker cannot vouch for the stored plan: a meeting whose plan is unchanged (every
            // meeting at a start-up) is reconciled against the one listing of its trigger keys.
            else if (!listingSuffices && await scheduler.GetTrigger(trigger.Key, cancellationToken) is { } current && current.StartTimeUtc != trigger.StartTimeUtc)
            {
                toStore.Add(trigger);
                telemetry.Scheduled("moved");
            }
        }

        if (toStore.Count > 0)
        {
            // One call, so a persistent job store writes the meeting's new and moved triggers in one transaction
            // (a meeting plans about 75; one transaction each made start-up with 100 meetings take minutes).
            // Replacing, because another instance of the cluster may store the same trigger between our listing
            // and this write (both reconcile at start-up): the same key then gets the same plan, not an error.
            var job = await scheduler.GetJobDetail(ReminderJob.Key, cancellationToken)
                ?? throw new InvalidOperationException($"The reminder job {ReminderJob.Key} is not stored.");
            await scheduler.ScheduleJob(job, toStore, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        // The triggers now match the plan: the marker says so, after they are stored and never before.
        if (plan is not null && marker is not null && marker.Value.Plan != plan)
        {
            await active.MarkAsync(meetingId, marker, active: true, plan, cancellationToken);
        }
    }

    /// <summary>The plan's reminders and their times, as one short string: equal plans, equal triggers.</summary>
    private static string Fingerprint(IEnumerable<PlannedReminder> plan)
    {
        var text = new StringBuilder();
        foreach (var reminder in plan.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(reminder.Key).Append('|').Append(reminder.FireAt.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static ITrigger TriggerFor(IScheduler scheduler, string meetingId, PlannedReminder reminder) =>
        // On the scheduler's clock: a trigger otherwise reads the system clock when it handles a misfire, and a
        // scheduler on another clock (a test's) would find it misfired again at once, forever (it filled 24 GB).
        TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(reminder.Key, meetingId)
            .ForJob(ReminderJob.Key)
            .UsingJobData(ReminderJob.MeetingIdKey, meetingId)
            .UsingJobData(ReminderJob.ReminderKeyKey, reminder.Key)
            // A reminder whose time passed while the service was down fires once, now, not in a burst.
            .StartAt(reminder.FireAt)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>The trigger keys planned for a meeting (what the scheduler will fire).</summary>
    public async Task<IReadOnlyCollection<TriggerKey>> PlannedAsync(string meetingId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(meetingId), cancellationToken);
    }
}
