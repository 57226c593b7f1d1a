using MeetingBot.Localization;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>退回 n 意见</c> / <c>return n comment</c>.</summary>
public sealed class ReturnCommand(ReviewByNumber review) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("review-return", ["退回"], ["return"], ReviewTexts.ReturnCommand, ArgumentShape.Number(new LocalText("2 例子不具体", "2 the example is not concrete"), textAfter: true));

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => review.HandleAsync(turn, approve: false, cancellationToken);
}
