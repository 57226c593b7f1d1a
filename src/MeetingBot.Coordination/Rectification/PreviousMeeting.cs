using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// Whose tasks a meeting looks back on (回头看): the latest meeting of the same organisation held before it starts,
/// of the same unit where both name one. A cancelled or never-held meeting left no tasks to review.
/// </summary>
public static class PreviousMeeting
{
    public static Meeting? Of(Meeting current, IEnumerable<Meeting> candidates) =>
        candidates
            .Where(m => m.Id != current.Id && string.Equals(m.TenantId, current.TenantId, StringComparison.OrdinalIgnoreCase))
            .Where(m => m.HeldAt is not null && m.StartsAt < current.StartsAt)
            .Where(m => current.Unit is null || m.Unit is null || string.Equals(m.Unit, current.Unit, StringComparison.Ordinal))
            .MaxBy(m => m.StartsAt);
}
