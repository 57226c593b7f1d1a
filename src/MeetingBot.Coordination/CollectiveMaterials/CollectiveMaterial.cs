using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// The team's collective self-examination material (领导班子对照检查材料), one per meeting under
/// <see cref="DocumentId.CollectiveMaterial"/>: drafted by the lead, circulated as versions, commented on by
/// every member (each in a document of his own), finalised by the lead — or, where the template has it reviewed
/// (<see cref="CollectiveReview"/>), sent for review and finalised by the reviewer's approval.
/// </summary>
public sealed record CollectiveMaterial(
    string MeetingId,
    MaterialState State,
    ExaminationMaterial? Draft,
    IReadOnlyList<SubmissionVersion> Versions,
    DateTimeOffset? FinalisedAt,
    long Version,
    IReadOnlyList<AuditEntry> History)
{
    public IReadOnlyList<SubmissionVersion> Versions { get; init; } = Versions ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    /// <summary>The reviewers' decisions (approved, or returned with a comment), one per version they decided.</summary>
    public IReadOnlyList<ReviewDecision> Reviews { get; init; } = [];

    /// <summary>Hand-ons of its review (转交), with their reasons.</summary>
    public IReadOnlyList<ReviewDelegation> Delegations { get; init; } = [];

    /// <summary>The one reviewer it was handed to, if it was; otherwise it is with the template's first reviewer role.</summary>
    public string? AssignedReviewerId { get; init; }

    public SubmissionVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.CollectiveMaterial(MeetingId);

    internal CollectiveMaterial Changed(Actor actor, DateTimeOffset now, string action, string? detail) =>
        this with
        {
            Version = Version + 1,
            History = [.. History, new AuditEntry(Version + 1, now, actor.UserId, action, Id.ToString(), detail)],
        };
}
