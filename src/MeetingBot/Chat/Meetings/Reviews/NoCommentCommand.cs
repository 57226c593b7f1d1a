using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>无意见</c> / <c>no comment</c>: a member states he has no comment on the circulated collective material.</summary>
public sealed class NoCommentCommand(CollectiveMaterialSteps steps) : IChatCommandHandler
{
    // Commands match the first word, so "no comment" arrives as "no" + "comment"; a bare "no" records nothing.
    public ChatCommand Command { get; } = new("collective-no-comment", ["无意见"], ["no comment", "no", "nocomment"], CollectiveMaterialTexts.NoCommentCommand);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var bareNo = string.Equals(turn.Context.Activity.Text?.Trim().Split(' ')[0], "no", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(turn.Argument, "comment", StringComparison.OrdinalIgnoreCase);
        return bareNo
            ? turn.Context.SendActivityAsync(CollectiveMaterialTexts.CommentUsage.In(turn.Locale), cancellationToken)
            : steps.CommentAsync(turn, null, cancellationToken);
    }
}
