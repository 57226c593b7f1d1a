using System.Globalization;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The secretary moves one deliverable's deadline (延期), with a reason the audit trail keeps. Only that deadline
/// changes; reminders follow because they are planned from <see cref="Meeting.Deadlines"/>. Something owed before the
/// meeting cannot be moved past its start (the secretary moves the meeting instead). Moving the whole meeting later
/// recomputes every deadline from the template, so a single move is overridden by a reschedule.
/// </summary>
/// <param name="LocalDue">The new deadline in the meeting's own time zone.</param>
public sealed record MoveDeadline(long ExpectedVersion, string DeliverableId, DateTime LocalDue, string? Reason)
{
    /// <summary>
    /// The secretary only. A member is told his own route: ask the secretary, by name, for more time, giving the
    /// reason. The lead is not asked to justify himself to the office: he gets the plain refusal naming the secretary.
    /// </summary>
    public static Failure? MayMove(Meeting meeting, Actor actor)
    {
        var refusal = Access.AsSecretary(meeting, actor);
        return refusal is { Code: FailureCodes.SecretaryOnly } && !meeting.Holds(actor.UserId, Role.Lead)
            ? refusal with { Code = FailureCodes.DeadlineSecretaryOnly }
            : refusal;
    }

    public Outcome<Meeting> Decide(Meeting meeting, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var reason = Reason?.Trim() ?? string.Empty;
        var old = meeting.DeadlineOf(DeliverableId);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{DeliverableId} {old?.LocalDue:yyyy-MM-dd HH:mm} -> {LocalDue:yyyy-MM-dd HH:mm}; {reason}");
        return MeetingChanges.Apply(meeting, MayMove(meeting, actor), actor, ExpectedVersion, now, AuditActions.DeadlineMoved, detail, current =>
        {
            if (MeetingChanges.SameTemplate(current, template) is { } mismatch)
            {
                return mismatch;
            }

            if (template.FindDeliverable(DeliverableId) is not { } deliverable || current.DeadlineOf(DeliverableId) is not { } deadline)
            {
                return Failure.NotFound(FailureCodes.DeliverableNotFound, ("deliverable", DeliverableId));
            }

            if (reason.Length == 0)
            {
                return Failure.Invalid(FailureCodes.DeadlineReasonRequired);
            }

            var local = DateTime.SpecifyKind(LocalDue, DateTimeKind.Unspecified);
            var shown = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            if (!WallClock.TryFindZone(current.TimeZoneId, out var zone))
            {
                return Failure.Invalid(FailureCodes.UnknownTimeZone, ("zone", current.TimeZoneId));
            }

            var due = WallClock.ToInstant(local, zone);
            if (due <= now)
            {
                return Failure.Invalid(FailureCodes.DeadlineInThePast, ("due", shown));
            }

            var name = deliverable.Name;
            if (!deliverable.Deadline.CanFallAfterTheMeeting && due > current.StartsAt)
            {
                return Failure.Invalid(FailureCodes.DeadlineAfterMeeting, ("deliverable", name.ZhCn),
                    ("start", current.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
            }

            if (deadline.LocalDue == local)
            {
                return Failure.Invalid(FailureCodes.DeadlineUnchanged, ("deliverable", name.ZhCn), ("due", shown));
            }

            var moved = new Deadline(DeliverableId, due, local);
            return current with { Deadlines = [.. current.Deadlines.Select(d => d.DeliverableId == DeliverableId ? moved : d)] };
        });
    }
}
