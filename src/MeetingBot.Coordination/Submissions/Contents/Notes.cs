using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>Free points under headings, for processes whose deliverables are simply notes (a retrospective).</summary>
public sealed record Notes(IReadOnlyList<NoteSection> Sections) : SubmissionContent
{
    public IReadOnlyList<NoteSection> Sections { get; init; } = Sections ?? [];

    public override DeliverableKind Kind => DeliverableKind.Notes;
}
