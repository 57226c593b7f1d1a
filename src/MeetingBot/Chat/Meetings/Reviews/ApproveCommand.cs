using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>批准 提纲7</c> or <c>批准 n</c> / <c>approve outline7</c>.</summary>
public sealed class ApproveCommand(ReviewByReference review) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("review-approve", ["批准"], ["approve"], ReviewTexts.ApproveCommand);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => review.HandleAsync(turn, approve: true, cancellationToken);
}
