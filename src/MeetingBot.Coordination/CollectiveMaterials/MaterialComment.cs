using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// One member's answers to the collective material, stored apart from the material
/// (<see cref="DocumentId.MaterialComment"/>) so that every member can answer at the same moment.
/// </summary>
public sealed record MaterialComment(string MeetingId, string MemberId, IReadOnlyList<MaterialResponse> Responses, long Version, IReadOnlyList<AuditEntry> History)
{
    public IReadOnlyList<MaterialResponse> Responses { get; init; } = Responses ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.MaterialComment(MeetingId, MemberId);
}
