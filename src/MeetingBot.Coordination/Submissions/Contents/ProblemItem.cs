namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>One problem: its category (from the template), how it shows, a typical case (典型事例) and where it came from.</summary>
public sealed record ProblemItem(
    string CategoryId,
    string Manifestation,
    string TypicalCase,
    string SourceId,
    ProblemAcknowledgement Acknowledgement,
    string? DisputeNote);
