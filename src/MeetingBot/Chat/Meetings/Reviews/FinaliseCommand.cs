using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>定稿</c> / <c>finalise</c>: the lead finalises the collective material once every member has answered, after confirming.</summary>
public sealed class FinaliseCommand(CollectiveMaterialSteps steps, ConfirmationGate confirmations) : IConfirmedCommand
{
    public static readonly IReadOnlyList<string> Names = ["定稿", "finalise", "finalize"];

    public ChatCommand Command { get; } = new("collective-finalise", [Names[0]], [Names[1], Names[2]], CollectiveMaterialTexts.FinaliseCommand, ArgumentShape.None);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken) => steps.DescribeFinaliseAsync(turn, cancellationToken);

    public Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken) => steps.FinaliseAsync(turn, cancellationToken);
}
