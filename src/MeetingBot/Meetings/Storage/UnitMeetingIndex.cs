namespace MeetingBot.Meetings.Storage;

/// <summary>
/// Which meetings each unit has, by unit path (<see cref="Coordination.People.UnitPath"/>): one small document for
/// the whole deployment, written with its ETag when a meeting is set up (a county sets up a few hundred a year),
/// so the superior's view reads one document to know which meetings lie below a unit.
/// </summary>
public sealed class UnitMeetingIndex
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public Dictionary<string, List<string>> Units { get; set; } = new(StringComparer.Ordinal);
}
