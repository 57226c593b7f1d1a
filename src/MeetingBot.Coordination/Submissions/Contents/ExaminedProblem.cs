namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>A problem in a self-examination material, with its typical case; the category is optional here.</summary>
public sealed record ExaminedProblem(string? CategoryId, string Description, string TypicalCase);
