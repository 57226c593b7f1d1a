namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>The questions open for one person on one channel: one small document, written only under its ETag.</summary>
public sealed record OpenQuestionList(int Version, IReadOnlyList<OpenQuestion> Questions)
{
    public const int CurrentVersion = 1;

    public IReadOnlyList<OpenQuestion> Questions { get; init; } = Questions ?? [];
}
