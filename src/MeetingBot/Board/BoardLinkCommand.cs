using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using Microsoft.Extensions.Options;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Board;

/// <summary>公示链接 / board link: the secretary gets the meeting's public board link (the same one until revoked).</summary>
public sealed partial class BoardLinkCommand(MeetingUpdates updates, BoardLinkStore store, IOptions<DirectLineOptions> directLine, ILogger<BoardLinkCommand> logger) : IChatCommandHandler
{
    public Chat.ChatCommand Command => BoardCommands.Link;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var link = await store.ActiveOrNewAsync(scope.Meeting.Id, scope.Actor.UserId, cancellationToken);
        LogLinkGiven(logger, scope.Meeting.Id, scope.Actor.UserId, link.CreatedAt);
        var url = $"{directLine.Value.PublicUrl.TrimEnd('/')}{BoardPage.Path}/{link.Token}";
        await turn.Context.SendActivityAsync(BoardTexts.Link.In(turn.Locale, MarkdownEscape.Text(scope.Meeting.Theme), url), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Board link of meeting {MeetingId} given to {UserId} (created {CreatedAt})")]
    private static partial void LogLinkGiven(ILogger logger, string meetingId, string userId, DateTimeOffset createdAt);
}
