using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>
/// The talk plan as a matrix of everyone who talks (members, then department heads): which pairs are planned,
/// recorded, confirmed or disputed. It holds states and names only, never what was said, so it may be shown in
/// the team channel.
/// </summary>
public sealed record TalkCoverage(IReadOnlyList<string> People, IReadOnlyList<TalkCoverageRow> Rows, int Planned, int Confirmed)
{
    public static TalkCoverage Build(Meeting meeting, ProcessTemplate template, IEnumerable<TalkRecord> records)
    {
        var plan = TalkPlan.For(meeting, template);
        var byPair = records.Where(r => r.MeetingId == meeting.Id).ToDictionary(r => r.Pair);
        var people = meeting.Members
            .Concat(meeting.With(Role.DepartmentHead).Where(h => !h.Holds(Role.Member)))
            .Concat(plan.Talks.SelectMany(t => new[] { t.Pair.First, t.Pair.Second }).Distinct()
                .Select(id => meeting.Find(id)).OfType<Participant>())
            .DistinctBy(p => p.UserId)
            .ToList();

        TalkProgress Cell(Participant row, Participant column)
        {
            var pair = TalkPairKey.Of(row.UserId, column.UserId);
            if (row.UserId == column.UserId || !plan.Contains(pair))
            {
                return TalkProgress.NotPlanned;
            }

            return byPair.TryGetValue(pair, out var record) ? Progress(record.State) : TalkProgress.Planned;
        }

        var rows = people.Select(row => new TalkCoverageRow(row.UserId, row.Name, [.. people.Select(column => Cell(row, column))])).ToList();
        var confirmed = plan.Talks.Count(t => byPair.TryGetValue(t.Pair, out var r) && r.State == TalkState.Confirmed);
        return new TalkCoverage([.. people.Select(p => p.UserId)], rows, plan.Talks.Count, confirmed);
    }

    public static TalkProgress Progress(TalkState state) => state switch
    {
        TalkState.Confirmed => TalkProgress.Confirmed,
        TalkState.Disputed => TalkProgress.Disputed,
        _ => TalkProgress.Recorded,
    };
}
