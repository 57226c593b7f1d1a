namespace MeetingBot.Coordination.People;

/// <summary>
/// A unit is named by its path in the tree, from the top: 某县/某镇党委/某村支部 (county → town committee → branch).
/// A person's <see cref="DirectoryPerson.Unit"/> and a meeting's unit are such paths; a one-word unit (党政办) is a
/// unit at the top. Paths are compared after <see cref="Normalise"/>: spaces around the slashes, full-width slashes
/// and a trailing slash do not make another unit.
/// </summary>
public static class UnitPath
{
    public const char Separator = '/';

    private static readonly char[] Separators = ['/', '／', '>', '＞'];

    /// <summary>"某县 ／ 某镇党委/" → "某县/某镇党委"; blank → null.</summary>
    public static string? Normalise(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var segments = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return segments.Length == 0 ? null : string.Join(Separator, segments);
    }

    /// <summary>Whether <paramref name="unit"/> is <paramref name="ancestor"/> itself or a unit below it.</summary>
    public static bool IsAtOrBelow(string? unit, string? ancestor)
    {
        var (u, a) = (Normalise(unit), Normalise(ancestor));
        return u is not null && a is not null
            && (string.Equals(u, a, StringComparison.Ordinal) || u.StartsWith(a + Separator, StringComparison.Ordinal));
    }

    public static bool Same(string? one, string? other) =>
        Normalise(one) is { } a && string.Equals(a, Normalise(other), StringComparison.Ordinal);

    /// <summary>The last segment: 某村支部 for 某县/某镇党委/某村支部.</summary>
    public static string LastName(string path)
    {
        var normal = Normalise(path) ?? string.Empty;
        return normal[(normal.LastIndexOf(Separator) + 1)..];
    }

    /// <summary>How many levels below the top (0 for the county itself).</summary>
    public static int Depth(string path) => (Normalise(path) ?? string.Empty).Count(c => c == Separator);
}
