using MeetingBot.Coordination.People;

namespace MeetingBot.People.Roster;

/// <summary>What reading a roster file gave: its rows, or why it could not be read (a value, never an exception).</summary>
public abstract record RosterReading
{
    private RosterReading()
    {
    }

    public sealed record Rows(IReadOnlyList<RosterRow> Values) : RosterReading;

    /// <summary>No header row with a 姓名 column in the first rows.</summary>
    public sealed record NoHeader : RosterReading;

    /// <summary>Not a readable .xlsx or .csv (damaged, another format renamed, or unpacking to more than the limit).</summary>
    public sealed record Unreadable : RosterReading;
}
