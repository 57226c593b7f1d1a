using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// <c>回应意见 3 认账</c> / <c>回应意见 3 说明 理由</c> (<c>answer opinion 3 accept|explain …</c>): the member answers an
/// opinion given to him. Only in a private chat, so an answer is never put before the team.
/// </summary>
public sealed class AnswerOpinionCommand(OpinionDecisions decisions, ProblemListFiling filing) : IChatCommandHandler
{
    private static readonly string[] AcceptWords = ["认账", "主动认账", "属实", "接受", "accept", "acknowledge"];

    private static readonly string[] ExplainWords = ["说明情况", "说明", "解释", "explain"];

    public ChatCommand Command => OpinionCommands.Answer;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await decisions.MeetingAsync(turn, privately: true, cancellationToken) is not { } found)
        {
            return;
        }

        if (OpinionWords.NumberAndRest(turn.Argument) is not { } parsed || Read(parsed.Tail) is not { } answer)
        {
            await turn.Context.SendActivityAsync(OpinionTexts.AnswerUsage.In(turn.Locale), cancellationToken);
            return;
        }

        if (await decisions.DecideAsync(turn, found.Meeting.Id, (stored, now) =>
            new AnswerOpinion(stored?.Version ?? 0, parsed.Number, answer.Kind, answer.Note).Decide(found.Meeting, stored, found.Actor, now), cancellationToken) is not { } saved)
        {
            return;
        }

        await filing.FileAsync(found, saved, cancellationToken);
        var given = saved.Find(parsed.Number)?.Answer ?? throw new InvalidOperationException("An answered opinion holds no answer.");
        await turn.Context.SendActivityAsync(OpinionTexts.Answered.In(turn.Locale, parsed.Number, OpinionWords.AnswerText(given, turn.Locale)), cancellationToken);
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
