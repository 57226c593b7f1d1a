using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>无意见</c> / <c>no comment</c>: a member states he has no comment on the circulated collective material.</summary>
public sealed class NoCommentCommand(CollectiveMaterialSteps steps) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("collective-no-comment", ["无意见"], ["no comment", "nocomment"], CollectiveMaterialTexts.NoCommentCommand, ArgumentShape.None);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => steps.CommentAsync(turn, null, cancellationToken);
}
