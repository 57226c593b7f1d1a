using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>上级点 李敏：…</c>, <c>集体议 班子：…</c>, <c>群众意见 张伟：…</c>: the office or the lead types in an opinion of
/// <paramref name="source"/>; one for a member is his to answer at once (he is told 1:1). Typed in the team
/// conversation, the reply names the number only, never the text or the member.
/// </summary>
public sealed class RecordOpinionCommand(
    ChatCommand command, OpinionSource source, OpinionDecisions decisions, ProblemListFiling filing) : IChatCommandHandler
{
    public ChatCommand Command => command;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await decisions.MeetingAsync(turn, privately: false, cancellationToken) is not { } found)
        {
            return;
        }

        var meeting = found.Meeting;
        var (addressedTo, text) = OpinionWords.AddresseeAndText(meeting, turn.Argument);
        if (string.IsNullOrWhiteSpace(text))
        {
            await turn.Context.SendActivityAsync(OpinionTexts.RecordUsage.In(turn.Locale, command.Primary(turn.Locale)), cancellationToken);
            return;
        }

        if (await decisions.DecideAsync(turn, meeting.Id, (stored, now) =>
            new RecordOpinion(stored?.Version ?? 0, text, source, addressedTo).Decide(meeting, stored, found.Actor, now), cancellationToken) is not { } saved)
        {
            return;
        }

        await filing.FileAsync(found, saved, cancellationToken);
        var opinion = saved.Opinions[^1];
        var culture = turn.Locale == UserLocale.En ? "en" : "zh-CN";
        var inGroup = turn.Context.Activity.Conversation?.IsGroup == true;
        var whom = addressedTo is null ? OpinionTexts.RecordedForTeam.In(turn.Locale)
            : inGroup ? OpinionTexts.RecordedForSomeone.In(turn.Locale)
            : OpinionTexts.RecordedFor.In(turn.Locale, MarkdownEscape.Text(meeting.NameOf(addressedTo)));
        await turn.Context.SendActivityAsync(OpinionTexts.Recorded.In(turn.Locale, opinion.Number, OpinionSources.NameOf(source, found.Template).In(culture), whom), cancellationToken);

        if (addressedTo is not null && addressedTo != found.Actor.UserId)
        {
            await decisions.TellAssigneeAsync(turn, found, saved, opinion, addressedTo, cancellationToken);
        }
    }
}
