namespace MeetingBot.Coordination.Reminders.Deliveries;

/// <summary>
/// Whom the secretaries of a meeting were already told cannot be reached: each recipient is reported once per
/// meeting, not once per reminder. Stored per meeting and written conditionally, so two nodes never both tell.
/// </summary>
public sealed record UnreachableNotices(int Version, string MeetingId, IReadOnlyList<string> Told)
{
    public const int CurrentVersion = 1;

    public static UnreachableNotices For(string meetingId) => new(CurrentVersion, meetingId, []);

    /// <summary>The recipients not reported yet (in the order given), and the state once they are.</summary>
    public (UnreachableNotices Next, IReadOnlyList<string> ToTell) Tell(IEnumerable<string> unreachable)
    {
        var told = Told.ToHashSet(StringComparer.Ordinal);
        var fresh = unreachable.Where(told.Add).ToList();
        return (this with { Told = [.. Told, .. fresh] }, fresh);
    }
}
