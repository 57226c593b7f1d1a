namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// One change: who, when, what and which version it produced. Details never hold the content of outlines,
/// materials or talks, because the secretary who reads the trail may not read those.
/// </summary>
/// <param name="Version">The version of the changed document after the change.</param>
/// <param name="Action">A stable code from <see cref="AuditActions"/>.</param>
/// <param name="Subject">The changed document, as its <see cref="DocumentId"/>'s text (kept as written: a string, so entries written before read back unchanged).</param>
public sealed record AuditEntry(long Version, DateTimeOffset At, string ActorId, string Action, string Subject, string? Detail);
