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

    /// <summary>A step past any form's last question: the read-back.</summary>
    public const int ReviewStep = 1000;

    public IReadOnlyList<string> Answers { get; init; } = Answers ?? [];

    /// <summary>A saved draft reopened at its read-back, to submit, edit or keep.</summary>
    public static SubmissionFlowState AtReview(SubmissionRequest request, SubmissionContent draft) => new(request, ReviewStep, [], draft);
}
