namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// What one listed problem still lacks. <paramref name="Number"/> counts from 1 as the author reads the list;
/// <paramref name="Typed"/> is what was written when it matched nothing (an unknown category or source).
/// A required gap blocks handing in (<see cref="ContentRules"/> would refuse it); a typical case is asked for only.
/// </summary>
public sealed record ProblemGap(int Number, ProblemField Field, string? Typed)
{
    public bool Required => Field != ProblemField.TypicalCase;
}
