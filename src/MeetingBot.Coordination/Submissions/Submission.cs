using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// One author's deliverable for one meeting (and one target, for criticism outlines), stored on its own under
/// <see cref="DocumentId.Submission"/> so that no two authors ever write the same document. It keeps the
/// current draft, every handed-in version, every review decision and its own history.
/// </summary>
/// <param name="DisclosedAt">When an outline was disclosed to its target (明示): the moment the lead approved it.</param>
/// <param name="Version">The document version for optimistic concurrency (0 before it exists).</param>
public sealed record Submission(
    string MeetingId,
    string DeliverableId,
    DeliverableKind Kind,
    string AuthorId,
    string? TargetId,
    SubmissionState State,
    SubmissionContent? Draft,
    IReadOnlyList<SubmissionVersion> Versions,
    IReadOnlyList<ReviewDecision> Reviews,
    DateTimeOffset? DisclosedAt,
    long Version,
    IReadOnlyList<AuditEntry> History)
{
    public IReadOnlyList<SubmissionVersion> Versions { get; init; } = Versions ?? [];

    public IReadOnlyList<ReviewDecision> Reviews { get; init; } = Reviews ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    /// <summary>Its short stable name for review (<c>提纲7</c>), given once when it first went to review; null before.</summary>
    public ReviewReference? Reference { get; init; }

    /// <summary>The one reviewer the item was handed to (转交); null while it is with its template's first reviewer role.</summary>
    public string? AssignedReviewerId { get; init; }

    /// <summary>Every hand-on (转交) of its review, oldest first, with the reason given.</summary>
    public IReadOnlyList<ReviewDelegation> Delegations { get; init; } = [];

    /// <summary>
    /// A problem list's opinions assigned to its author (群众提、上级点、集体议), with his answers, filed by
    /// <see cref="Opinions.FileOpinions"/>; read only by those <see cref="Opinions.OpinionVisibility"/> lets read them.
    /// </summary>
    public IReadOnlyList<Opinions.FiledOpinion> Opinions { get; init; } = [];

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.Submission(MeetingId, DeliverableId, AuthorId, TargetId);

    public SubmissionVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>Handed in and waiting for its reviewer (the lead, or whom the template names).</summary>
    public bool AwaitsReview(bool requiresApproval) =>
        requiresApproval && State is SubmissionState.Submitted or SubmissionState.Resubmitted;

    /// <summary>The comment of the latest return, which the author needs to revise.</summary>
    public ReviewDecision? LatestReturn => Reviews.LastOrDefault(r => !r.Approved);

    internal static Submission New(string meetingId, DeliverableDefinition deliverable, string authorId, string? targetId) =>
        new(meetingId, deliverable.Id, deliverable.Kind, authorId, targetId, SubmissionState.Draft, null, [], [], null, 0, []);

    internal Submission Changed(Actor actor, DateTimeOffset now, string action, string? detail) =>
        this with
        {
            Version = Version + 1,
            History = [.. History, new AuditEntry(Version + 1, now, actor.UserId, action, Id.ToString(), detail)],
        };
}
