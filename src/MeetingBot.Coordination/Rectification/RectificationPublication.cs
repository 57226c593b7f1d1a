namespace MeetingBot.Coordination.Rectification;

/// <summary>One publication of the list (公示): when, by whom, and which tasks it made public.</summary>
public sealed record RectificationPublication(DateTimeOffset At, string ByUserId, IReadOnlyList<int> TaskNumbers)
{
    public IReadOnlyList<int> TaskNumbers { get; init; } = TaskNumbers ?? [];
}
