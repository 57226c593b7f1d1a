namespace MeetingBot.Meetings.Storage;

/// <summary>
/// Which meetings each unit had, by unit path, in the one county-wide document earlier versions wrote
/// (<see cref="MeetingDirectory.LegacyUnitsKey"/>). Read so meetings set up before stay in their unit's list; a unit's
/// meetings are now filed in a document of its own (<see cref="MeetingDirectory.UnitKey"/>), because a county's
/// units setting up at once lost the race for this one.
/// </summary>
public sealed class UnitMeetingIndex
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public Dictionary<string, List<string>> Units { get; set; } = new(StringComparer.Ordinal);
}
