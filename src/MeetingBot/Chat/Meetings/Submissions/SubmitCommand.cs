using MeetingBot.Localization;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary><c>提交 学习|问题|材料|提纲 @成员|谈话 @成员</c> / <c>submit …</c>: starts a submission flow in 1:1.</summary>
public sealed class SubmitCommand(SubmissionStarter starter) : IChatCommandHandler
{
    public static readonly ChatCommand Definition = new("submit", ["提交"], ["submit"], SubmissionTexts.SubmitCommand, ArgumentShape.Text(new LocalText("提纲 @张伟", "outline @Zhang Wei")).OrNothing());

    public ChatCommand Command => Definition;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => starter.StartAsync(turn, resume: false, cancellationToken);
}
