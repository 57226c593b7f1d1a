using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Opinions;
using MeetingBot.WebChannel.DirectLine;
using Microsoft.Extensions.Options;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>征求意见</c> / <c>open opinions</c> (<c>征求意见 班子材料</c> for the collective material): the office opens the
/// collection and gets the public form's link — the same one while it stands.
/// </summary>
public sealed partial class OpenOpinionsCommand(
    MeetingResolver current, MeetingRepository repository, OpinionLinkStore links, IOptions<DirectLineOptions> directLine, TimeProvider time, ILogger<OpenOpinionsCommand> logger) : IChatCommandHandler
{
    public ChatCommand Command => OpinionCommands.Open;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.DossierAsync(turn.Context, cancellationToken) is not { } found)
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        var onMaterial = OpinionWords.MeansMaterial(turn.Argument);
        var outcome = await repository.UpdateAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(found.Meeting.Id), stored =>
            new OpenOpinions(stored?.Version ?? 0, onMaterial).Decide(found.Dossier, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (!outcome.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
            return;
        }

        var link = await links.ActiveOrNewAsync(found.Meeting.Id, onMaterial, found.Actor.UserId, cancellationToken);
        LogOpened(logger, found.Meeting.Id, onMaterial, found.Actor.UserId);
        var url = $"{directLine.Value.PublicUrl.TrimEnd('/')}{OpinionFormPage.Path}/{link.Token}";
        await turn.Context.SendActivityAsync((onMaterial ? OpinionTexts.MaterialOpened : OpinionTexts.Opened)
            .In(turn.Locale, MarkdownEscape.Text(found.Meeting.Theme), url), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opinions of meeting {MeetingId} opened (collective material: {OnMaterial}) by {UserId}")]
    private static partial void LogOpened(ILogger logger, string meetingId, bool onMaterial, string userId);
}
