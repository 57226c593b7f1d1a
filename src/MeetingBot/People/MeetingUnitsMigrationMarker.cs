namespace MeetingBot.People;

/// <summary>
/// Stored once the meetings set up before units existed were given their secretary's unit and filed under it, so
/// later starts do not read every meeting again.
/// </summary>
public sealed record MeetingUnitsMigrationMarker(DateTimeOffset DoneAt, int Filed)
{
    public const string Key = "people/migrations/meeting-units";
}
