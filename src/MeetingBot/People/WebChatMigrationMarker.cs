namespace MeetingBot.People;

/// <summary>
/// Stored once the web chat participants of meetings set up before the directory have become directory people, so
/// later starts do not read every meeting again.
/// </summary>
public sealed record WebChatMigrationMarker(DateTimeOffset DoneAt, int Added)
{
    public const string Key = "people/migrations/webchat-participants";
}
