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
/// The office sorts opinions: <c>合并意见 3 到 1</c>, <c>交办意见 3 李敏</c>, <c>核实意见 3 属实</c> (one handler per
/// command word, <paramref name="command"/>). The domain refuses anyone but the secretary; an assigned member is told
/// 1:1 that an opinion waits for his answer (the number and source, never the text, in the notice).
/// </summary>
public sealed class SortOpinionCommand(
    ChatCommand command, MeetingResolver current, MeetingRepository repository, ProblemListFiling filing, PersonalNotices notices, TimeProvider time) : IChatCommandHandler
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
        if (Decide(meeting, turn.Argument) is not { } sort)
        {
            await turn.Context.SendActivityAsync(Usage().In(turn.Locale), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(meeting.Id), stored =>
            (sort with { ExpectedVersion = stored?.Version ?? 0 }).Decide(meeting, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (!outcome.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
            return;
        }

        await filing.FileAsync(found, outcome.Value, cancellationToken);
        var reply = sort switch
        {
            MergeOpinion merge => OpinionTexts.Merged.In(turn.Locale, merge.Number, merge.Into),
            AssignOpinion assign => OpinionTexts.Assigned.In(turn.Locale, assign.Number, MarkdownEscape.Text(meeting.NameOf(assign.AssigneeId))),
            MarkOpinion mark => OpinionTexts.Marked.In(turn.Locale, mark.Number, OpinionWords.VerdictText(mark.Verdict, turn.Locale)),
            _ => string.Empty,
        };
        await turn.Context.SendActivityAsync(reply, cancellationToken);

        if (sort is AssignOpinion assigned && outcome.Value.Find(assigned.Number) is { } opinion && assigned.AssigneeId != found.Actor.UserId)
        {
            var key = NoticeKeys.For(meeting.Id, "opinion-assigned", opinion.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Value.Version, assigned.AssigneeId);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(MeetingTurn.ChannelOf(meeting), assigned.AssigneeId, key, locale =>
                OpinionTexts.AssignedNotice.In(locale, opinion.Number, OpinionSources.NameOf(opinion.Source, found.Template).In(locale == UserLocale.En ? "en" : "zh-CN"))), cancellationToken);
        }
    }

    private SortOpinion? Decide(Coordination.Meetings.Meeting meeting, string argument)
    {
        if (OpinionWords.NumberAndRest(argument) is not { } parsed)
        {
            return null;
        }

        return command.Id switch
        {
            "opinions.merge" => OpinionWords.Into(parsed.Tail) is { } into ? new MergeOpinion(0, parsed.Number, into) : null,
            "opinions.assign" => OpinionWords.Member(meeting, StripTo(parsed.Tail)) is { } member ? new AssignOpinion(0, parsed.Number, member.UserId) : null,
            _ => OpinionWords.Verdict(parsed.Tail) is { } verdict ? new MarkOpinion(0, parsed.Number, verdict) : null,
        };
    }

    private static string StripTo(string rest)
    {
        var text = rest.Trim();
        foreach (var word in (string[])["给", "to ", "交"])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return text[word.Length..].Trim();
            }
        }

        return text;
    }

    private LocalText Usage() => command.Id switch
    {
        "opinions.merge" => OpinionTexts.MergeUsage,
        "opinions.assign" => OpinionTexts.AssignUsage,
        _ => OpinionTexts.MarkUsage,
    };
}
