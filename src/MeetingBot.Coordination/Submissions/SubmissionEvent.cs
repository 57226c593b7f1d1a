namespace MeetingBot.Coordination.Submissions;

/// <summary>One step in an item's history as its author reads it: a version handed in, a review decision on one, or its review handed on.</summary>
public sealed record SubmissionEvent(DateTimeOffset At, int VersionNumber, SubmissionEventKind Kind, string? Comment)
{
    /// <summary>For a hand-on (转交): who handed the review on.</summary>
    public string? FromUserId { get; init; }

    /// <summary>For a hand-on (转交): to whom.</summary>
    public string? ToUserId { get; init; }
}
