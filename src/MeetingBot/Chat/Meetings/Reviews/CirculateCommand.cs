using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>传阅</c> / <c>circulate</c>: the lead sends the collective material's draft to the members for comments, after confirming.</summary>
public sealed class CirculateCommand(CollectiveMaterialSteps steps, ConfirmationGate confirmations) : IConfirmedCommand
{
    public static readonly IReadOnlyList<string> Names = ["传阅", "circulate"];

    public ChatCommand Command { get; } = new("collective-circulate", [Names[0]], [Names[1]], CollectiveMaterialTexts.CirculateCommand, ArgumentShape.None);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken) => steps.DescribeCirculateAsync(turn, cancellationToken);

    public Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken) => steps.CirculateAsync(turn, cancellationToken);
}
