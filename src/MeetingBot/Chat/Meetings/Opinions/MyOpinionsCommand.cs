using System.Text;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>我的意见</c> / <c>my opinions</c>: the opinions given to the member to answer — the 群众提、上级点、集体议 items of
/// his problem list — with how he answered each. Only in a private chat.
/// </summary>
public sealed class MyOpinionsCommand(OpinionDecisions decisions) : IChatCommandHandler
{
    public ChatCommand Command => OpinionCommands.Mine;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await decisions.MeetingAsync(turn, privately: true, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        if (Access.AsParticipant(found.Meeting, found.Actor) is { } refusal)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(refusal, turn.Locale), cancellationToken);
            return;
        }

        var mine = OpinionVisibility.AssignedTo(dossier.Opinions, found.Actor.UserId);
        if (mine.Count == 0)
        {
            await turn.Context.SendActivityAsync(OpinionTexts.MineNone.In(turn.Locale), cancellationToken);
            return;
        }

        var text = new StringBuilder(OpinionTexts.MineHeader.In(turn.Locale, mine.Count));
        foreach (var opinion in mine)
        {
            text.Append("\n\n").Append(OpinionWords.Line(opinion, found.Meeting, found.Template, turn.Locale, OpinionVisibility.SeesAll(found.Meeting, found.Actor.UserId)));
        }

        await turn.Context.SendActivityAsync(text.Append("\n\n").Append(OpinionTexts.MineFooter.In(turn.Locale)).ToString(), cancellationToken);
    }
}
