using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The secretary records that the approved report was submitted upward to, or announced at, a named place on a
/// date: not before the approval and not after today, both in the meeting's zone. Each delivery is kept.
/// </summary>
public sealed record RecordReportDelivery(long ExpectedVersion, ReportDeliveryKind Kind, string Where, DateOnly On)
{
    public Outcome<ReportCirculation> Decide(Meeting meeting, ReportCirculation? report, Actor actor, DateTimeOffset now)
    {
        if ((Access.AsSecretary(meeting, actor) ?? Access.AfterMeeting(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (report is null || report.Versions.Count == 0)
        {
            return Failure.NotFound(FailureCodes.ReportNotFound);
        }

        if ((Access.AtVersion(ExpectedVersion, report.Version) ?? (report.State == SubmissionState.Approved ? null : Failure.Conflict(FailureCodes.ReportNotApproved))) is { } stale)
        {
            return stale;
        }

        if (string.IsNullOrWhiteSpace(Where))
        {
            return Failure.Invalid(FailureCodes.DeliveryPlaceRequired);
        }

        if (!WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            throw new InvalidOperationException($"Meeting {meeting.Id} has an unknown time zone '{meeting.TimeZoneId}'.");
        }

        var approved = DateOnly.FromDateTime(WallClock.ToLocal(report.Approval!.At, zone));
        var today = DateOnly.FromDateTime(WallClock.ToLocal(now, zone));
        if (On < approved)
        {
            return Failure.Invalid(FailureCodes.DeliveryBeforeApproval, ("approved", approved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (On > today)
        {
            return Failure.Invalid(FailureCodes.DeliveryInTheFuture, ("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var delivery = new ReportDelivery(Kind, Where.Trim(), On, report.Latest!.Number, now, actor.UserId);
        return (report with { Deliveries = [.. report.Deliveries, delivery] })
            .Changed(actor, now, AuditActions.ReportDelivered, $"{Kind}:{On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }
}
