using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>The previous meeting's rectification tasks listed for review (回头看), or a statement that there were none.</summary>
public sealed record RectificationReview(IReadOnlyList<CarriedOverTask> Tasks, bool NoPreviousTasks) : SubmissionContent
{
    public IReadOnlyList<CarriedOverTask> Tasks { get; init; } = Tasks ?? [];

    public override DeliverableKind Kind => DeliverableKind.RectificationReview;
}
