using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>A member's list of his own problems (深入查摆问题).</summary>
public sealed record ProblemList(IReadOnlyList<ProblemItem> Items) : SubmissionContent
{
    public IReadOnlyList<ProblemItem> Items { get; init; } = Items ?? [];

    public override DeliverableKind Kind => DeliverableKind.ProblemList;
}
