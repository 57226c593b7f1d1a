using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// The team's collective self-examination material (领导班子对照检查材料), one per meeting under
/// <see cref="StorageKeys.CollectiveMaterial"/>: drafted by the lead, circulated as versions, commented on by
/// every member (each in a document of his own), finalised by the lead.
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

    public SubmissionVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    public string StorageKey => StorageKeys.CollectiveMaterial(MeetingId);

    internal CollectiveMaterial Changed(Actor actor, DateTimeOffset now, string action, string? detail) =>
        this with
        {
            Version = Version + 1,
            History = [.. History, new AuditEntry(Version + 1, now, actor.UserId, action, StorageKey, detail)],
        };
}
