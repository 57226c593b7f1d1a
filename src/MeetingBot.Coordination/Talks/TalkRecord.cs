using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Talks;

/// <summary>
/// The record of one planned talk, stored on its own (key <see cref="DocumentId.TalkRecord"/>) so pairs never
/// contend. Either party records; the other confirms or disputes. Only the two parties may read it.
/// </summary>
public sealed record TalkRecord(
    string MeetingId,
    TalkPairKey Pair,
    TalkState State,
    IReadOnlyList<TalkRecordVersion> Versions,
    IReadOnlyList<TalkAnswer> Answers,
    long Version,
    IReadOnlyList<AuditEntry> History)
{
    public IReadOnlyList<TalkRecordVersion> Versions { get; init; } = Versions ?? [];

    public IReadOnlyList<TalkAnswer> Answers { get; init; } = Answers ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    public TalkRecordVersion Latest => Versions[^1];

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.TalkRecord(MeetingId, Pair);

    /// <summary>Who must answer the latest version: the party who did not record it.</summary>
    public string AwaitedFrom => Pair.OtherThan(Latest.RecordedBy);
}
