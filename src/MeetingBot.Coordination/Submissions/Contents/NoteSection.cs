namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>A heading and its points, e.g. "What went well" in a retrospective.</summary>
public sealed record NoteSection(string Heading, IReadOnlyList<string> Points)
{
    public IReadOnlyList<string> Points { get; init; } = Points ?? [];
}
