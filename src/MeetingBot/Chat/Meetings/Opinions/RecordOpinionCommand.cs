using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>上级点 李敏：…</c>, <c>集体议 班子：…</c>, <c>群众意见 张伟：…</c>: the office or the lead types in an opinion of
/// <paramref name="source"/>; one for a member is his to answer at once (he is told 1:1). Typed in the team
/// conversation, the reply names the number only, never the text or the member.
/// </summary>
public sealed class RecordOpinionCommand(
    ChatCommand command, OpinionSource source, MeetingResolver current, MeetingRepository repository, ProblemListFiling filing, PersonalNotices notices, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command => command;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.DossierAsync(turn.Context, cancellationToken) is not { } found)
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        var meeting = found.Meeting;
        var (addressedTo, text) = OpinionWords.AddresseeAndText(meeting, turn.Argument);
        if (string.IsNullOrWhiteSpace(text))
        {
            await turn.Context.SendActivityAsync(OpinionTexts.RecordUsage.In(turn.Locale, command.Primary(turn.Locale)), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(meeting.Id), stored =>
            new RecordOpinion(stored?.Version ?? 0, text, source, addressedTo).Decide(meeting, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (!outcome.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
            return;
        }

        await filing.FileAsync(found, outcome.Value, cancellationToken);
        var opinion = outcome.Value.Opinions[^1];
        var culture = turn.Locale == UserLocale.En ? "en" : "zh-CN";
        var inGroup = turn.Context.Activity.Conversation?.IsGroup == true;
        var whom = addressedTo is null ? OpinionTexts.RecordedForTeam.In(turn.Locale)
            : inGroup ? OpinionTexts.RecordedForSomeone.In(turn.Locale)
            : OpinionTexts.RecordedFor.In(turn.Locale, MarkdownEscape.Text(meeting.NameOf(addressedTo)));
        await turn.Context.SendActivityAsync(OpinionTexts.Recorded.In(turn.Locale, opinion.Number, OpinionSources.NameOf(source, found.Template).In(culture), whom), cancellationToken);

        if (addressedTo is not null && addressedTo != found.Actor.UserId)
        {
            var key = NoticeKeys.For(meeting.Id, "opinion-assigned", opinion.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Value.Version, addressedTo);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(MeetingTurn.ChannelOf(meeting), addressedTo, key, locale =>
                OpinionTexts.AssignedNotice.In(locale, opinion.Number, OpinionSources.NameOf(source, found.Template).In(locale == UserLocale.En ? "en" : "zh-CN"))), cancellationToken);
        }
    }
}
