using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The secretary or the lead records the briefing (通报会) held after the meeting: its date (not before the meeting's
/// day, not after today, in the meeting's zone), its scope and what was briefed. It may be corrected until the report
/// is first handed to the supervisors, since the report follows it.
/// </summary>
public sealed record RecordBriefing(long ExpectedVersion, DateOnly On, string Scope, string Content)
{
    public Outcome<ReportCirculation> Decide(Meeting meeting, ReportCirculation? report, Actor actor, DateTimeOffset now)
    {
        var current = report ?? ReportCirculation.New(meeting.Id);
        if ((AsSecretaryOrLead(meeting, actor) ?? Access.AfterMeeting(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        if (current.Versions.Count > 0)
        {
            return Failure.Conflict(FailureCodes.BriefingAfterReport);
        }

        if (string.IsNullOrWhiteSpace(Scope) || string.IsNullOrWhiteSpace(Content))
        {
            return Failure.Invalid(FailureCodes.BriefingDetailsRequired);
        }

        if (!WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            throw new InvalidOperationException($"Meeting {meeting.Id} has an unknown time zone '{meeting.TimeZoneId}'.");
        }

        var held = DateOnly.FromDateTime(meeting.LocalStart);
        var today = DateOnly.FromDateTime(WallClock.ToLocal(now, zone));
        if (On < held)
        {
            return Failure.Invalid(FailureCodes.BriefingBeforeMeeting, ("held", held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (On > today)
        {
            return Failure.Invalid(FailureCodes.BriefingInTheFuture, ("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var briefing = new ReportBriefing(On, Scope.Trim(), Content.Trim(), now, actor.UserId);
        return (current with { Briefing = briefing })
            .Changed(actor, now, AuditActions.BriefingRecorded, On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    // The seed has the Party secretary hold it and the office keep the records: either may record it, nobody else.
    private static Failure? AsSecretaryOrLead(Meeting meeting, Actor actor) =>
        Access.AsSecretaryOrLead(meeting, actor) is { } refusal && refusal.Code == FailureCodes.SecretaryOrLeadOnly
            ? refusal with { Code = FailureCodes.BriefingSecretaryOrLeadOnly }
            : Access.AsSecretaryOrLead(meeting, actor);
}
