using MeetingBot.Coordination.Overview;

namespace MeetingBot.Overview;

/// <summary>
/// How the page (and its export) is filtered and sorted: <c>?status=preparing&amp;sort=gaps&amp;desc=1</c>. Only known
/// words are taken; anything else is the default (every unit, by unit name).
/// </summary>
public sealed record OverviewQuery(UnitStage? Status, string Sort, bool Descending)
{
    public const string ByUnit = "unit";
    public const string ByDate = "date";
    public const string ByStage = "status";
    public const string ByReported = "reported";
    public const string ByGaps = "gaps";
    public const string ByOverdue = "overdue";

    public static readonly IReadOnlyList<string> Sorts = [ByUnit, ByDate, ByStage, ByReported, ByGaps, ByOverdue];

    public static OverviewQuery From(IQueryCollection query) => new(
        OverviewWords.ParseStage(query["status"]),
        Sorts.FirstOrDefault(s => s == query["sort"]) ?? ByUnit,
        query["desc"] == "1");

    public IReadOnlyList<UnitProgress> Apply(IEnumerable<UnitProgress> rows)
    {
        var kept = rows.Where(r => Status is null || r.Stage == Status);
        IOrderedEnumerable<UnitProgress> sorted = Sort switch
        {
            ByDate => Order(kept, r => r.LocalStart),
            ByStage => Order(kept, r => r.Stage),
            ByReported => Order(kept, r => r.ReportedOn ?? DateOnly.MaxValue),
            ByGaps => Order(kept, r => r.Gaps.Count),
            ByOverdue => Order(kept, r => r.TasksOverdue),
            _ => Order(kept, r => r.Unit),
        };
        return [.. sorted.ThenBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.LocalStart)];
    }

    /// <summary>This query's address with one part changed, for the page's links.</summary>
    public string Link(string path, UnitStage? status = null, bool keepStatus = true, string? sort = null)
    {
        var parts = new List<string>();
        if ((keepStatus ? Status : status) is { } stage)
        {
            parts.Add("status=" + OverviewWords.Key(stage));
        }

        var by = sort ?? Sort;
        if (by != ByUnit)
        {
            parts.Add("sort=" + by);
        }

        // The column already sorted by is turned around by its link.
        if (sort is null ? Descending : sort == Sort && !Descending)
        {
            parts.Add("desc=1");
        }

        return parts.Count == 0 ? path : path + "?" + string.Join("&", parts);
    }

    private IOrderedEnumerable<UnitProgress> Order<TKey>(IEnumerable<UnitProgress> rows, Func<UnitProgress, TKey> key) =>
        Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
