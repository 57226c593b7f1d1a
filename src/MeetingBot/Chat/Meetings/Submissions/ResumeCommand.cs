using MeetingBot.Localization;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary><c>继续 学习</c> / <c>resume study</c>: opens a saved draft at its read-back, to submit, edit or keep.</summary>
public sealed class ResumeCommand(SubmissionStarter starter) : IChatCommandHandler
{
    public static readonly ChatCommand Definition = new("resume", ["继续"], ["resume"], SubmissionTexts.ResumeCommand, ArgumentShape.Text(new LocalText("学习", "study")).OrNothing());

    public ChatCommand Command => Definition;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => starter.StartAsync(turn, resume: true, cancellationToken);
}
