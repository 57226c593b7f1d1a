using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The secretary records that the approved report was submitted upward to, or announced at, a named place on a
/// date: not before the approval and not after today, both in the meeting's zone. Each delivery is kept.
/// </summary>
public sealed record RecordReportDelivery(long ExpectedVersion, ReportDeliveryKind Kind, string Where, DateOnly On)
{
    public Outcome<ReportCirculation> Decide(Meeting meeting, ProcessTemplate template, ReportCirculation? report, Actor actor, DateTimeOffset now)
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

        if (Addressee(template, report) is { } wrong)
        {
            return wrong;
        }

        var addressee = Kind == ReportDeliveryKind.SubmittedUpward ? template.AfterMeeting.FindAddressee(Where) : null;
        var delivery = new ReportDelivery(Kind, addressee?.Name.ZhCn ?? Where.Trim(), On, report.Latest!.Number, now, actor.UserId, addressee?.Id);
        return (report with { Deliveries = [.. report.Deliveries, delivery] })
            .Changed(actor, now, AuditActions.ReportDelivered, $"{Kind}:{On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// Where the template lists addressees: a submission goes to one of them, once; the announcement to the masses
    /// (向群众通报) comes when every one of them has it, as the seed orders.
    /// </summary>
    private Failure? Addressee(ProcessTemplate template, ReportCirculation report)
    {
        var rules = template.AfterMeeting;
        if (rules.Addressees.Count == 0)
        {
            return null;
        }

        if (Kind == ReportDeliveryKind.Announced)
        {
            var missing = report.MissingAddressees(template);
            return missing.Count == 0 ? null : Failure.Conflict(FailureCodes.AddresseesMissing,
                ("missing", string.Join("、", missing.Select(a => a.Name.ZhCn))), ("missing:en", string.Join(", ", missing.Select(a => a.Name.En))),
                ("first", missing[0].Name.ZhCn), ("first:en", missing[0].Name.En));
        }

        if (rules.FindAddressee(Where) is not { } addressee)
        {
            return Failure.Invalid(FailureCodes.UnknownAddressee, ("where", Where.Trim()),
                ("addressees", string.Join("、", rules.Addressees.Select(a => a.Name.ZhCn))), ("addressees:en", string.Join(", ", rules.Addressees.Select(a => a.Name.En))));
        }

        return report.Deliveries.Any(d => d.AddresseeId == addressee.Id)
            ? Failure.Conflict(FailureCodes.AddresseeAlreadyRecorded, ("addressee", addressee.Name.ZhCn), ("addressee:en", addressee.Name.En))
            : null;
    }
}
