using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// One name typed in an answer: the directory person it means (<see cref="Person"/>), or, while it is still open,
/// the people it may mean (<see cref="Candidates"/>; none at all when the directory knows nobody by that name).
/// </summary>
public sealed record NamedPerson(string Typed, Person? Person, IReadOnlyList<NameCandidate> Candidates)
{
    public IReadOnlyList<NameCandidate> Candidates { get; init; } = Candidates ?? [];

    public bool IsUnknown => Person is null && Candidates.Count == 0;

    public bool IsOpen => Person is null && Candidates.Count > 1;
}
