namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>An approved outline as its target sees it in advance (明示): who will raise which points.</summary>
public sealed record DisclosedOutline(string AuthorId, string AuthorName, DateTimeOffset DisclosedAt, int VersionNumber, IReadOnlyList<OutlinePoint> Points);
