namespace MeetingBot.DingTalk;

/// <summary>
/// The host's directory of people as the adapter needs it (a port this project owns): whether a DingTalk userId
/// (staffId) belongs to a known person, and the name to show. Identity comes from the directory, never from the
/// nickname a user set.
/// </summary>
public interface IDingTalkPeople
{
    /// <summary>The directory's name for the person with this DingTalk userId; null when nobody has it.</summary>
    Task<string?> NameOfAsync(string staffId, CancellationToken cancellationToken);
}
