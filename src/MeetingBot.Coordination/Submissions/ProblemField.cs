namespace MeetingBot.Coordination.Submissions;

/// <summary>A part of a listed problem the author may still have to give.</summary>
public enum ProblemField
{
    Category,
    Manifestation,
    TypicalCase,
    Source,
    DisputeNote,
}
