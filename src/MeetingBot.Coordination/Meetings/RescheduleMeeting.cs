using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The secretary moves the meeting (and optionally its place or time zone): every deadline moves with it. A
/// confirmed meeting goes back to preparing, because the report upward and attendance were for the old date.
/// </summary>
public sealed record RescheduleMeeting(long ExpectedVersion, DateTime LocalStart, string? TimeZoneId, string? Place)
{
    public Outcome<Meeting> Decide(Meeting meeting, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var zoneId = string.IsNullOrWhiteSpace(TimeZoneId) ? meeting.TimeZoneId : TimeZoneId.Trim();
        var detail = $"{meeting.LocalStart:yyyy-MM-dd HH:mm} {meeting.TimeZoneId} -> {LocalStart:yyyy-MM-dd HH:mm} {zoneId}";
        return MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.MeetingRescheduled, detail, current =>
        {
            if (MeetingChanges.SameTemplate(current, template) is { } mismatch)
            {
                return mismatch;
            }

            // A held meeting happened when it happened; its report and rectification follow from that date.
            if (current.Status == MeetingStatus.Reporting)
            {
                return Failure.Conflict(FailureCodes.AlreadyHeld);
            }

            if (!WallClock.TryFindZone(zoneId, out var zone))
            {
                return Failure.Invalid(FailureCodes.UnknownTimeZone, ("zone", zoneId));
            }

            var startsAt = WallClock.ToInstant(LocalStart, zone);
            if (startsAt <= now)
            {
                return Failure.Invalid(FailureCodes.StartInThePast);
            }

            return MeetingChanges.Unconfirmed(current) with
            {
                LocalStart = DateTime.SpecifyKind(LocalStart, DateTimeKind.Unspecified),
                TimeZoneId = zoneId,
                StartsAt = startsAt,
                Place = string.IsNullOrWhiteSpace(Place) ? current.Place : Place.Trim(),
                Deadlines = DeadlineTable.Compute(template, LocalStart, zone),
            };
        });
    }
}
