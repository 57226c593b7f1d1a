namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// What a submission flow is about: the meeting, the kind, the template deliverable and, for outlines and talks, the
/// other member. Kept in dialog state, so it is a plain versioned record.
/// </summary>
public sealed record SubmissionRequest(string MeetingId, SubmissionKind Kind, string DeliverableId, string? TargetId, string? TargetName)
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;
}
