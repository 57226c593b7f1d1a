using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>集体材料</c> / <c>collective material</c>: without text, show it; with <c>传阅</c>/<c>定稿</c>, those steps
/// (confirmed first, as their own commands are); with any other text, the lead's (new) draft.
/// </summary>
public sealed class CollectiveMaterialCommand(CollectiveMaterialSteps steps, CollectiveMaterialView view, ConfirmationGate confirmations) : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("collective-material", ["集体材料"], ["collective material"], CollectiveMaterialTexts.Command,
        ArgumentShape.Text(new LocalText("传阅", "circulate")).OrNothing());

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Argument;
        if (IsCirculate(text))
        {
            return await steps.DescribeCirculateAsync(turn, cancellationToken);
        }

        if (IsFinalise(text))
        {
            return await steps.DescribeFinaliseAsync(turn, cancellationToken);
        }

        await (text.Length == 0 ? view.ShowAsync(turn, cancellationToken) : steps.DraftAsync(turn, text, cancellationToken));
        return null;
    }

    public Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken) =>
        IsCirculate(turn.Argument) ? steps.CirculateAsync(turn, cancellationToken) : steps.FinaliseAsync(turn, cancellationToken);

    private static bool IsCirculate(string text) => CirculateCommand.Names.Contains(text, StringComparer.OrdinalIgnoreCase);

    private static bool IsFinalise(string text) => FinaliseCommand.Names.Contains(text, StringComparer.OrdinalIgnoreCase);
}
