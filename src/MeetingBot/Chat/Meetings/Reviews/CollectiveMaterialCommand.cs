using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>集体材料</c> / <c>collective material</c>: without text, show it; with <c>传阅</c>/<c>定稿</c>, those steps;
/// with any other text, the lead's (new) draft.
/// </summary>
public sealed class CollectiveMaterialCommand(CollectiveMaterialSteps steps, CollectiveMaterialView view) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("collective-material", ["集体材料"], ["collective material"], CollectiveMaterialTexts.Command);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Argument;
        return text switch
        {
            "" => view.ShowAsync(turn, cancellationToken),
            _ when CirculateCommand.Names.Contains(text, StringComparer.OrdinalIgnoreCase) => steps.CirculateAsync(turn, cancellationToken),
            _ when FinaliseCommand.Names.Contains(text, StringComparer.OrdinalIgnoreCase) => steps.FinaliseAsync(turn, cancellationToken),
            _ => steps.DraftAsync(turn, text, cancellationToken),
        };
    }
}
