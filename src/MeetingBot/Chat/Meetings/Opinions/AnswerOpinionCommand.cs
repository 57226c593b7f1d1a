using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>回应意见 3 认账</c> / <c>回应意见 3 说明 理由</c> (<c>answer opinion 3 accept|explain …</c>): the member answers an
/// opinion given to him. Only in a private chat, so an answer is never put before the team.
/// </summary>
public sealed class AnswerOpinionCommand(MeetingResolver current, MeetingRepository repository, ProblemListFiling filing, TimeProvider time) : IChatCommandHandler
{
    private static readonly string[] AcceptWords = ["认账", "主动认账", "属实", "接受", "accept", "acknowledge"];

    private static readonly string[] ExplainWords = ["说明情况", "说明", "解释", "explain"];

    public ChatCommand Command => OpinionCommands.Answer;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Context.Activity.Conversation?.IsGroup == true)
        {
            await turn.Context.SendActivityAsync(OpinionTexts.PrivateOnly.In(turn.Locale), cancellationToken);
            return;
        }

        if (await current.DossierAsync(turn.Context, cancellationToken) is not { } found)
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        if (OpinionWords.NumberAndRest(turn.Argument) is not { } parsed || Read(parsed.Tail) is not { } answer)
        {
            await turn.Context.SendActivityAsync(OpinionTexts.AnswerUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(found.Meeting.Id), stored =>
            new AnswerOpinion(stored?.Version ?? 0, parsed.Number, answer.Kind, answer.Note).Decide(found.Meeting, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (outcome.IsSuccess)
        {
            await filing.FileAsync(found, outcome.Value, cancellationToken);
        }

        var reply = outcome.IsSuccess && outcome.Value.Find(parsed.Number)?.Answer is { } given
            ? OpinionTexts.Answered.In(turn.Locale, parsed.Number, OpinionWords.AnswerText(given, turn.Locale))
            : FailureReply.For(outcome.Failure!, turn.Locale);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }

    private static (OpinionAnswerKind Kind, string? Note)? Read(string rest)
    {
        foreach (var (words, kind) in new[] { (AcceptWords, OpinionAnswerKind.Acknowledged), (ExplainWords, OpinionAnswerKind.Explained) })
        {
            if (words.FirstOrDefault(w => rest.StartsWith(w, StringComparison.OrdinalIgnoreCase)) is { } word)
            {
                var note = rest[word.Length..].Trim().TrimStart('：', ':', '，', ',').Trim();
                return (kind, note.Length == 0 ? null : note);
            }
        }

        return null;
    }
}
