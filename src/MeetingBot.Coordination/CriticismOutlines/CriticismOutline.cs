using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>
/// A criticism outline (批评发言提纲) one member writes about another: the points he will raise in the meeting.
/// Its author and target are on the submission; the target may read it only after the lead approves it (明示).
/// </summary>
public sealed record CriticismOutline(IReadOnlyList<OutlinePoint> Points) : SubmissionContent
{
    public IReadOnlyList<OutlinePoint> Points { get; init; } = Points ?? [];

    public override DeliverableKind Kind => DeliverableKind.CriticismOutline;
}
