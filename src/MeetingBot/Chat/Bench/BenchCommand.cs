using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Bench;

/// <summary><c>bench</c>: starts <see cref="BenchDialog"/>; registered only when <see cref="BenchOptions.Dialog"/> is on.</summary>
public sealed class BenchCommand : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("bench", ["基准"], ["bench"], BenchTexts.Command, ArgumentShape.None);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        turn.Dialogs.BeginDialogAsync(BenchDialog.DialogId, null, cancellationToken);
}
