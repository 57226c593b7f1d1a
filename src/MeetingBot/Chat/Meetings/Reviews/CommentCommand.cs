using MeetingBot.Localization;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>意见 内容</c> / <c>comment text</c>: a member's comment on the circulated collective material.</summary>
public sealed class CommentCommand(CollectiveMaterialSteps steps) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("collective-comment", ["意见"], ["comment"], CollectiveMaterialTexts.CommentCommand, ArgumentShape.Text(new LocalText("：建议补充典型事例", "add a typical case")));

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(turn.Argument)
            // An empty comment would be recorded as "no comment": make the member say that explicitly.
            ? turn.Context.SendActivityAsync(CollectiveMaterialTexts.CommentUsage.In(turn.Locale), cancellationToken)
            : steps.CommentAsync(turn, turn.Argument, cancellationToken);
}
