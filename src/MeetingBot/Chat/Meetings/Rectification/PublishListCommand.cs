using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary><c>公示</c> / <c>publish list</c>: the same as <c>整改 公示</c>, the word the office uses on its own.</summary>
public sealed class PublishListCommand(CurrentMeeting current, MeetingRepository repository, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("publish-rectification", ["公示"], ["publish list"], RectificationTexts.PublishCommand);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(turn.Context, cancellationToken) is not { } found)
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        await turn.Context.SendActivityAsync(await RectificationCommand.PublishAsync(repository, turn, found, time.GetUtcNow(), cancellationToken), cancellationToken);
    }
}
