using System.Globalization;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Nudges;

/// <summary>
/// The office nudges (催办) one person: an author about what he has not handed in, or a reviewer (the lead, a supervisor, whom an
/// item was handed to) about items waiting for his review. At most <paramref name="DailyLimit"/> nudges per person per calendar day in the meeting's zone, counted
/// from the meeting's audit trail (so the count is as durable as the meeting and every nudge is on record).
/// </summary>
/// <param name="DeliverableId">Only this deliverable; null for everything the person owes.</param>
public sealed record NudgePerson(long ExpectedVersion, string TargetUserId, string? DeliverableId, int DailyLimit)
{
    /// <summary>What the person would be nudged about now.</summary>
    public NudgeSubject SubjectOf(MeetingDossier dossier, ProcessTemplate template)
    {
        IReadOnlyList<string> owed =
        [
            .. ObligationLedger.For(dossier, template)
                .Where(s => !s.IsComplete && (DeliverableId is null || s.Obligation.DeliverableId == DeliverableId))
                .Where(s => s.AwaitedFrom is { } awaited ? awaited == TargetUserId : s.Obligation.IsOwedBy(TargetUserId))
                .Where(s => !AwaitsReviewOnly(s, dossier, template))
                .Select(s => s.Obligation.DeliverableId)
                .Distinct(StringComparer.Ordinal),
        ];
        // Whoever an item is with: the lead, the supervisors for the lead's own material, anyone it was handed to.
        List<Submissions.Submission> waiting = [.. dossier.Submissions.Where(s => template.FindDeliverable(s.DeliverableId) is { } d
            && (DeliverableId is null || d.Id == DeliverableId) && s.AwaitsReview(d.RequiresApproval)
            && Reviews.Reviewers.IsCurrent(dossier.Meeting, d, s, TargetUserId))];
        List<DateTimeOffset> since = [.. waiting.Select(s => s.Latest!.SubmittedAt)];
        // The collective material sent for review (送审) waits for its reviewer like any item.
        if (dossier.CollectiveMaterial is { } material && (DeliverableId is null || CollectiveReview.Deliverable(template)?.Id == DeliverableId)
            && CollectiveReview.IsCurrent(dossier.Meeting, template, material, TargetUserId) && CollectiveReview.SentAt(material) is { } sent)
        {
            since.Add(sent);
        }

        return new NudgeSubject(owed, since.Count, since.Count == 0 ? null : since.Min());
    }

    public Outcome<Meeting> Decide(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var name = meeting.NameOf(TargetUserId);
        var detail = DeliverableId is null ? TargetUserId : TargetUserId + " " + DeliverableId;
        return MeetingChanges.Apply(meeting, Access.AsSecretary(meeting, actor), actor, ExpectedVersion, now, AuditActions.Nudged, detail, current =>
        {
            if (current.Find(TargetUserId) is null)
            {
                return Failure.NotFound(FailureCodes.ParticipantNotFound, ("name", name));
            }

            if (!WallClock.TryFindZone(current.TimeZoneId, out var zone))
            {
                return Failure.Invalid(FailureCodes.UnknownTimeZone, ("zone", current.TimeZoneId));
            }

            var sentToday = SentToday(current, TargetUserId, now);
            if (sentToday >= DailyLimit)
            {
                var next = WallClock.ToLocal(now, zone).Date.AddDays(1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                return Failure.Conflict(FailureCodes.NudgeLimitReached, ("name", name),
                    ("count", sentToday.ToString(CultureInfo.InvariantCulture)), ("next", next));
            }

            return SubjectOf(dossier, template).IsEmpty ? Failure.Conflict(FailureCodes.NudgeNothingOwed, ("name", name)) : current;
        });
    }

    /// <summary>The nudges <paramref name="userId"/> has had on the meeting's local day of <paramref name="now"/>.</summary>
    public static int SentToday(Meeting meeting, string userId, DateTimeOffset now)
    {
        if (!WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            return 0;
        }

        var today = WallClock.ToLocal(now, zone).Date;
        return meeting.Audit.Count(e => e.Action == AuditActions.Nudged && TargetOf(e) == userId && WallClock.ToLocal(e.At, zone).Date == today);
    }

    /// <summary>The nudged person of an audit entry: its detail starts with his id.</summary>
    private static string TargetOf(AuditEntry entry) => entry.Detail?.Split(' ', 2)[0] ?? string.Empty;

    /// <summary>
    /// Handed in and waiting for the lead (or the collective material with its reviewer): the author has nothing to do,
    /// the reviewer is nudged about it instead.
    /// </summary>
    private static bool AwaitsReviewOnly(ObligationStatus status, MeetingDossier dossier, ProcessTemplate template) =>
        template.FindDeliverable(status.Obligation.DeliverableId) is { RequiresApproval: true } deliverable
        && (status.Progress is Progress.Submitted or Progress.Resubmitted
            || (deliverable.Kind == DeliverableKind.CollectiveMaterial && dossier.CollectiveMaterial?.State == MaterialState.UnderReview));
}
