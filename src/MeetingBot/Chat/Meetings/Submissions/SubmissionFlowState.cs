using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Where one submission flow stands: which question is asked (or, past the last, the review), the answers so far,
/// and the content built from them (or from an uploaded file, or a resumed draft).
/// </summary>
public sealed record SubmissionFlowState(SubmissionRequest Request, int Step, IReadOnlyList<string> Answers, SubmissionContent? Content)
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    public IReadOnlyList<string> Answers { get; init; } = Answers ?? [];
}
