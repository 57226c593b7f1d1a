using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>A member's confirmation of what he studied (党章, 八项规定, the speeches…), with optional notes.</summary>
public sealed record StudyCheckIn(IReadOnlyList<string> MaterialsStudied, string? Notes) : SubmissionContent
{
    public IReadOnlyList<string> MaterialsStudied { get; init; } = MaterialsStudied ?? [];

    public override DeliverableKind Kind => DeliverableKind.StudyCheckIn;
}
