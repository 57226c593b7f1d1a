namespace MeetingBot.Coordination.Talks;

/// <summary>One person's row of the coverage matrix; cells follow <see cref="TalkCoverage.People"/>.</summary>
public sealed record TalkCoverageRow(string UserId, string Name, IReadOnlyList<TalkProgress> Cells);
