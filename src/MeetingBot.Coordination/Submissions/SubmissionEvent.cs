namespace MeetingBot.Coordination.Submissions;

/// <summary>One step in an item's history as its author reads it: a version handed in, or a review decision on one.</summary>
public sealed record SubmissionEvent(DateTimeOffset At, int VersionNumber, SubmissionEventKind Kind, string? Comment);
