namespace MeetingBot.Chat.Commands;

/// <summary>
/// What a message is: a <see cref="Command"/> with its <see cref="Argument"/> as the handler reads it; or not a
/// command, and then perhaps the command its first word names (<see cref="NearMiss"/>, for a hint in 1:1).
/// </summary>
public sealed record CommandMatch(ChatCommand? Command, string Argument, ChatCommand? NearMiss)
{
    public static CommandMatch Conversation(ChatCommand? nearMiss) => new(null, string.Empty, nearMiss);
}
