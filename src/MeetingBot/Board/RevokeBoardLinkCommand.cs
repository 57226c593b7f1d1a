using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;

namespace MeetingBot.Board;

/// <summary>撤销公示链接 / revoke board link: the secretary ends the meeting's board link; it answers 404 from then on.</summary>
public sealed partial class RevokeBoardLinkCommand(MeetingUpdates updates, BoardLinkStore store, ILogger<RevokeBoardLinkCommand> logger) : IChatCommandHandler
{
    public Chat.ChatCommand Command => BoardCommands.Revoke;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var revoked = await store.RevokeAllAsync(scope.Meeting.Id, scope.Actor.UserId, cancellationToken);
        LogRevoked(logger, scope.Meeting.Id, scope.Actor.UserId, revoked);
        await turn.Context.SendActivityAsync(revoked == 0
            ? BoardTexts.NothingToRevoke.In(turn.Locale)
            : BoardTexts.Revoked.In(turn.Locale, revoked), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Board links of meeting {MeetingId} revoked by {UserId}: {Count}")]
    private static partial void LogRevoked(ILogger logger, string meetingId, string userId, int count);
}
