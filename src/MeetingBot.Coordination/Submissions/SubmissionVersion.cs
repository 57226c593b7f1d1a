namespace MeetingBot.Coordination.Submissions;

/// <summary>A handed-in version. Versions are kept forever; a new submission adds one and never replaces one.</summary>
public sealed record SubmissionVersion(int Number, SubmissionContent Content, DateTimeOffset SubmittedAt);
