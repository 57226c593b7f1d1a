using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// One member's answers to the collective material, stored apart from the material
/// (<see cref="StorageKeys.MaterialComment"/>) so that every member can answer at the same moment.
/// </summary>
public sealed record MaterialComment(string MeetingId, string MemberId, IReadOnlyList<MaterialResponse> Responses, long Version, IReadOnlyList<AuditEntry> History)
{
    public IReadOnlyList<MaterialResponse> Responses { get; init; } = Responses ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    public string StorageKey => StorageKeys.MaterialComment(MeetingId, MemberId);
}
