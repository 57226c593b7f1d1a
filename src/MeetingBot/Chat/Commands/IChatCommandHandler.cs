namespace MeetingBot.Chat.Commands;

/// <summary>
/// One command a user can type (in Chinese or English): a feature registers one of these and help lists it.
/// The handler translates the turn into Coordination commands and replies; it holds no business rules.
/// </summary>
public interface IChatCommandHandler
{
    ChatCommand Command { get; }

    Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken);
}
