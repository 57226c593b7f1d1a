using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>传阅</c> / <c>circulate</c>: the lead sends the collective material's draft to the members for comments.</summary>
public sealed class CirculateCommand(CollectiveMaterialSteps steps) : IChatCommandHandler
{
    public static readonly IReadOnlyList<string> Names = ["传阅", "circulate"];

    public ChatCommand Command { get; } = new("collective-circulate", [Names[0]], [Names[1]], CollectiveMaterialTexts.CirculateCommand);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => steps.CirculateAsync(turn, cancellationToken);
}
