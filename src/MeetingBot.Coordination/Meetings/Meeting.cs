using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The meeting header and roster: one stored document (key <see cref="DocumentId.Meeting"/>), changed only by
/// the secretary (and confirmed by the secretary or lead), so it rarely contends. Deliverables live in documents
/// of their own. <see cref="Version"/> increases by one with every change; commands carry the version they
/// were decided against and a stale one is a conflict.
/// </summary>
/// <param name="LocalStart">The start as the secretary gave it, in <paramref name="TimeZoneId"/>.</param>
/// <param name="StartsAt">The same instant, daylight saving applied.</param>
/// <param name="Deadlines">Every deliverable's deadline, recomputed whenever the meeting moves.</param>
/// <param name="AddedTalkPairs">Pairs the secretary added to the generated talk plan.</param>
/// <param name="DroppedTalkPairs">Generated pairs the secretary dropped.</param>
public sealed record Meeting(
    string Id,
    string TenantId,
    string TemplateId,
    int TemplateVersion,
    string Theme,
    string Place,
    DateTime LocalStart,
    string TimeZoneId,
    DateTimeOffset StartsAt,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<TalkPairKey> AddedTalkPairs,
    IReadOnlyList<TalkPairKey> DroppedTalkPairs,
    MeetingStatus Status,
    MeetingConfirmation? Confirmation,
    string? CancellationReason,
    long Version,
    IReadOnlyList<AuditEntry> Audit)
{
    public IReadOnlyList<Participant> Participants { get; init; } = Participants ?? [];

    public IReadOnlyList<Deadline> Deadlines { get; init; } = Deadlines ?? [];

    public IReadOnlyList<TalkPairKey> AddedTalkPairs { get; init; } = AddedTalkPairs ?? [];

    public IReadOnlyList<TalkPairKey> DroppedTalkPairs { get; init; } = DroppedTalkPairs ?? [];

    public IReadOnlyList<AuditEntry> Audit { get; init; } = Audit ?? [];

    /// <summary>When the secretary marked the meeting held (status <see cref="MeetingStatus.Reporting"/>).</summary>
    public DateTimeOffset? HeldAt { get; init; }

    /// <summary>
    /// The unit the meeting belongs to (<see cref="People.UnitPath"/>), set at creation from the organiser's unit.
    /// Null for a meeting set up before units; <see cref="People.UnitScope.UnitOf"/> then takes the secretary's unit.
    /// </summary>
    public string? Unit { get; init; }

    // By index: asked several times a turn (every access check), where a lambda and an enumerator were allocated each time.
    public Participant? Find(string userId)
    {
        for (var i = 0; i < Participants.Count; i++)
        {
            if (Participants[i].UserId == userId)
            {
                return Participants[i];
            }
        }

        return null;
    }

    public bool Holds(string userId, Role role) => Find(userId)?.Holds(role) ?? false;

    public IEnumerable<Participant> With(Role role) => Participants.Where(p => p.Holds(role));

    /// <summary>The one lead (the roster rules keep exactly one).</summary>
    public Participant Lead => With(Role.Lead).First();

    /// <summary>The team members, the lead included, in roster order.</summary>
    public IReadOnlyList<Participant> Members => [.. With(Role.Member)];

    public string NameOf(string userId) => Find(userId)?.Name ?? userId;

    public Deadline? DeadlineOf(string deliverableId) => Deadlines.FirstOrDefault(d => d.DeliverableId == deliverableId);
}
