using MeetingBot.Localization;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>退回 n 意见</c> / <c>return n comment</c>.</summary>
public sealed class ReturnCommand(ReviewByReference review) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("review-return", ["退回"], ["return"], ReviewTexts.ReturnCommand, ReviewItemArgument.Shape(new LocalText("提纲7 例子不具体", "outline7 the example is not concrete")));

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => review.HandleAsync(turn, approve: false, cancellationToken);
}
