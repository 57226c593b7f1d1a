using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Opinions;
using MeetingBot.WebChannel.DirectLine;
using Microsoft.Extensions.Options;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>征求意见</c> / <c>open opinions</c> (<c>征求意见 班子材料</c> for the collective material): the office opens the
/// collection and gets the public form's link — the same one while it stands.
/// </summary>
public sealed partial class OpenOpinionsCommand(
    OpinionDecisions decisions, OpinionLinkStore links, IOptions<DirectLineOptions> directLine, ILogger<OpenOpinionsCommand> logger) : IChatCommandHandler
{
    public ChatCommand Command => OpinionCommands.Open;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await decisions.MeetingAsync(turn, privately: false, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var onMaterial = OpinionWords.MeansMaterial(turn.Argument);
        if (await decisions.DecideAsync(turn, found.Meeting.Id, (stored, now) =>
            new OpenOpinions(stored?.Version ?? 0, onMaterial).Decide(dossier, stored, found.Actor, now), cancellationToken) is null)
        {
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
