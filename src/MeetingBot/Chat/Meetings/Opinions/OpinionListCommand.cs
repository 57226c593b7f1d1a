using System.Text;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>意见列表</c> / <c>opinions</c>: in a private chat, the opinions the person may read (the office and the lead:
/// all); in the team conversation only counts, never an opinion's text or its addressee.
/// </summary>
public sealed class OpinionListCommand(OpinionDecisions decisions) : IChatCommandHandler
{
    public ChatCommand Command => OpinionCommands.List;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await decisions.MeetingAsync(turn, privately: false, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var meeting = found.Meeting;
        if (Access.AsParticipant(meeting, found.Actor) is { } refusal)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(refusal, turn.Locale), cancellationToken);
            return;
        }

        var all = dossier.Opinions?.Opinions ?? [];
        if (turn.Context.Activity.Conversation?.IsGroup == true)
        {
            await turn.Context.SendActivityAsync(OpinionTexts.InGroupCounts.In(turn.Locale,
                all.Count(o => !o.IsMerged), all.Count(o => !o.IsMerged && o.AssigneeId is null), all.Count(o => o.IsForAnswer && o.Answer is null),
                Command.Primary(turn.Locale)), cancellationToken);
            return;
        }

        var visible = OpinionVisibility.VisibleTo(meeting, dossier.Opinions, found.Actor.UserId);
        if (visible.Count == 0)
        {
            await turn.Context.SendActivityAsync(OpinionTexts.NoneVisible.In(turn.Locale), cancellationToken);
            return;
        }

        var text = new StringBuilder(OpinionTexts.ListHeader.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), visible.Count));
        foreach (var opinion in visible)
        {
            text.Append("\n\n").Append(OpinionWords.Line(opinion, meeting, found.Template, turn.Locale, OpinionVisibility.SeesAll(meeting, found.Actor.UserId)));
        }

        if (meeting.Holds(found.Actor.UserId, Coordination.Meetings.Role.Secretary))
        {
            text.Append("\n\n").Append(OpinionTexts.ListFooter.In(turn.Locale));
        }

        await turn.Context.SendActivityAsync(text.ToString(), cancellationToken);
    }
}
