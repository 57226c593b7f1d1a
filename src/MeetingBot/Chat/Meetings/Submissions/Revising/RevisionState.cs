using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>
/// Where one revision stands: the item (as a submission request), the working copy with the author's changes so far,
/// and whether anything changed (cancelling keeps changes as a draft; nothing changed leaves no draft behind).
/// </summary>
public sealed record RevisionState(SubmissionRequest Request, SubmissionContent Working, bool Changed)
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;
}
