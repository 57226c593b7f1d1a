using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.State;

/// <summary>
/// The turn lost the race for its state every time it was replayed. Nothing was saved and nothing was sent;
/// the user should simply try again.
/// </summary>
public sealed class TurnConflictException(int attempts, StorageConflictException lastConflict)
    : Exception($"State changed under the turn {attempts} times in a row.", lastConflict)
{
    public int Attempts { get; } = attempts;
}
