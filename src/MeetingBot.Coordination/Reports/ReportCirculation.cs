using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The special report's life after the meeting (会后通报), one document under <see cref="DocumentId.SpecialReport"/>:
/// every version handed to the supervisors, every review decision (approve, or return with a comment), and, once
/// approved, where and when it was submitted upward and announced. States as for submissions: submitted → returned
/// → resubmitted → approved.
/// </summary>
public sealed record ReportCirculation(
    string MeetingId,
    SubmissionState State,
    IReadOnlyList<ReportVersion> Versions,
    IReadOnlyList<ReviewDecision> Reviews,
    IReadOnlyList<ReportDelivery> Deliveries,
    long Version,
    IReadOnlyList<AuditEntry> History)
{
    public IReadOnlyList<ReportVersion> Versions { get; init; } = Versions ?? [];

    public IReadOnlyList<ReviewDecision> Reviews { get; init; } = Reviews ?? [];

    public IReadOnlyList<ReportDelivery> Deliveries { get; init; } = Deliveries ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    /// <summary>The briefing (通报会) held after the meeting, once recorded; the report may have to wait for it.</summary>
    public ReportBriefing? Briefing { get; init; }

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.SpecialReport(MeetingId);

    public ReportVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    public bool AwaitsReview => State is SubmissionState.Submitted or SubmissionState.Resubmitted;

    /// <summary>
    /// Why <paramref name="actor"/> may not change the report now (edit it or hand it in): not the secretary, the meeting
    /// not held, another version than the one she saw, or the report with the supervisors. Null when she may.
    /// </summary>
    public Failure? RefusalToChange(Meeting meeting, Actor actor, long expectedVersion) =>
        Access.AsSecretary(meeting, actor) ?? Access.AfterMeeting(meeting) ?? Access.AtVersion(expectedVersion, Version)
        ?? (AwaitsReview ? Failure.Conflict(FailureCodes.ReportAwaitingReview) : null);

    public ReviewDecision? LatestReturn => Reviews.LastOrDefault(r => !r.Approved);

    public ReviewDecision? Approval => State == SubmissionState.Approved ? Reviews.LastOrDefault(r => r.Approved) : null;

    /// <summary>The template's addressees the report has not yet been recorded as delivered to, in the template's order.</summary>
    public IReadOnlyList<ReportAddressee> MissingAddressees(ProcessTemplate template) =>
        [.. template.AfterMeeting.Addressees.Where(a => !Deliveries.Any(d => d.Kind == ReportDeliveryKind.SubmittedUpward && d.AddresseeId == a.Id))];

    /// <summary>Delivered to every addressee the template lists (to somewhere at all when it lists none).</summary>
    public bool DeliveredToAll(ProcessTemplate template) =>
        template.AfterMeeting.Addressees.Count == 0
            ? Deliveries.Any(d => d.Kind == ReportDeliveryKind.SubmittedUpward)
            : MissingAddressees(template).Count == 0;

    internal static ReportCirculation New(string meetingId) => new(meetingId, SubmissionState.Draft, [], [], [], 0, []);

    internal ReportCirculation Changed(Actor actor, DateTimeOffset now, string action, string? detail) =>
        this with
        {
            Version = Version + 1,
            History = [.. History, new AuditEntry(Version + 1, now, actor.UserId, action, Id.ToString(), detail)],
        };
}
