using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary><c>定稿</c> / <c>finalise</c>: the lead finalises the collective material once every member has answered.</summary>
public sealed class FinaliseCommand(CollectiveMaterialSteps steps) : IChatCommandHandler
{
    public static readonly IReadOnlyList<string> Names = ["定稿", "finalise", "finalize"];

    public ChatCommand Command { get; } = new("collective-finalise", [Names[0]], [Names[1], Names[2]], CollectiveMaterialTexts.FinaliseCommand);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => steps.FinaliseAsync(turn, cancellationToken);
}
