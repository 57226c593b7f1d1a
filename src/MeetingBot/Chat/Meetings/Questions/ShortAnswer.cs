namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>
/// A short answer as people give it to a question just asked: 确认 / 同意 / 没问题, 有异议 + reason, 参加 / 我准时参会,
/// 请假 + reason, 修改 / 好的我改 (and the English equivalents). The words that carry no reason must be the whole
/// message (so 参加 is an answer and 参加学习的材料在哪 is not); the two that take a reason may be followed by it
/// after a space, a comma or a colon (请假，外出学习 / 有异议：日期不对). Pure: what it answers is decided elsewhere.
/// </summary>
public sealed record ShortAnswer(ShortAnswerKind Kind, string Reason)
{
    private static readonly Dictionary<string, ShortAnswerKind> Whole = new(StringComparer.OrdinalIgnoreCase)
    {
        ["确认"] = ShortAnswerKind.Confirm, ["确认无误"] = ShortAnswerKind.Confirm, ["同意"] = ShortAnswerKind.Confirm,
        ["没问题"] = ShortAnswerKind.Confirm, ["没有问题"] = ShortAnswerKind.Confirm, ["无异议"] = ShortAnswerKind.Confirm,
        ["没有异议"] = ShortAnswerKind.Confirm, ["属实"] = ShortAnswerKind.Confirm, ["情况属实"] = ShortAnswerKind.Confirm,
        ["确认谈话"] = ShortAnswerKind.Confirm, ["同意确认"] = ShortAnswerKind.Confirm, ["好的确认"] = ShortAnswerKind.Confirm,
        ["confirm"] = ShortAnswerKind.Confirm, ["confirmed"] = ShortAnswerKind.Confirm, ["agree"] = ShortAnswerKind.Confirm,
        ["i agree"] = ShortAnswerKind.Confirm, ["no problem"] = ShortAnswerKind.Confirm, ["correct"] = ShortAnswerKind.Confirm,
        ["参加"] = ShortAnswerKind.Attend, ["参会"] = ShortAnswerKind.Attend, ["出席"] = ShortAnswerKind.Attend,
        ["我参加"] = ShortAnswerKind.Attend, ["我参会"] = ShortAnswerKind.Attend, ["我出席"] = ShortAnswerKind.Attend,
        ["能参加"] = ShortAnswerKind.Attend, ["可以参加"] = ShortAnswerKind.Attend, ["会参加"] = ShortAnswerKind.Attend,
        ["准时参加"] = ShortAnswerKind.Attend, ["准时参会"] = ShortAnswerKind.Attend, ["准时出席"] = ShortAnswerKind.Attend,
        ["我准时参加"] = ShortAnswerKind.Attend, ["我准时参会"] = ShortAnswerKind.Attend, ["按时参加"] = ShortAnswerKind.Attend,
        ["按时参会"] = ShortAnswerKind.Attend, ["一定参加"] = ShortAnswerKind.Attend, ["参加会议"] = ShortAnswerKind.Attend,
        ["attend"] = ShortAnswerKind.Attend, ["attending"] = ShortAnswerKind.Attend, ["i will attend"] = ShortAnswerKind.Attend,
        ["i'll attend"] = ShortAnswerKind.Attend, ["will attend"] = ShortAnswerKind.Attend, ["i'll be there"] = ShortAnswerKind.Attend,
        ["修改"] = ShortAnswerKind.Revise, ["我改"] = ShortAnswerKind.Revise, ["我来改"] = ShortAnswerKind.Revise,
        ["好的我改"] = ShortAnswerKind.Revise, ["好我改"] = ShortAnswerKind.Revise, ["马上改"] = ShortAnswerKind.Revise,
        ["好的马上改"] = ShortAnswerKind.Revise, ["收到我改"] = ShortAnswerKind.Revise, ["收到马上改"] = ShortAnswerKind.Revise,
        ["好的"] = ShortAnswerKind.Revise, ["收到"] = ShortAnswerKind.Revise, ["我修改"] = ShortAnswerKind.Revise,
        ["revise"] = ShortAnswerKind.Revise, ["edit"] = ShortAnswerKind.Revise, ["i'll revise"] = ShortAnswerKind.Revise,
        ["ok i'll revise"] = ShortAnswerKind.Revise, ["will revise"] = ShortAnswerKind.Revise,
    };

    // Longest first, so 不能参加 is read before a shorter word could be.
    private static readonly (string Word, ShortAnswerKind Kind)[] WithReason =
    [
        .. new (string, ShortAnswerKind)[]
        {
            ("有异议", ShortAnswerKind.Dispute), ("不同意", ShortAnswerKind.Dispute), ("有出入", ShortAnswerKind.Dispute),
            ("不属实", ShortAnswerKind.Dispute), ("不准确", ShortAnswerKind.Dispute),
            ("dispute", ShortAnswerKind.Dispute), ("disagree", ShortAnswerKind.Dispute), ("i disagree", ShortAnswerKind.Dispute),
            ("请假", ShortAnswerKind.Absent), ("不参加", ShortAnswerKind.Absent), ("不能参加", ShortAnswerKind.Absent),
            ("无法参加", ShortAnswerKind.Absent), ("不能参会", ShortAnswerKind.Absent), ("无法参会", ShortAnswerKind.Absent),
            ("不能出席", ShortAnswerKind.Absent), ("无法出席", ShortAnswerKind.Absent), ("我请假", ShortAnswerKind.Absent),
            ("absent", ShortAnswerKind.Absent), ("can't attend", ShortAnswerKind.Absent), ("cannot attend", ShortAnswerKind.Absent),
            ("not attending", ShortAnswerKind.Absent), ("unable to attend", ShortAnswerKind.Absent),
        }.OrderByDescending(w => w.Item1.Length),
    ];

    private static readonly char[] Separators = [' ', '\u3000', '，', ',', '：', ':', '、', '；', ';', '—', '-', '\n', '\t'];

    private static readonly char[] SentenceEnds = ['。', '．', '.', '！', '!', '～', '~', '…'];

    /// <summary>The short answer the text is, or null when it is something else (a command, a sentence, a question).</summary>
    public static ShortAnswer? Read(string text)
    {
        var trimmed = text.Trim().TrimEnd(SentenceEnds).Trim();
        if (trimmed.Length == 0 || trimmed.EndsWith('？') || trimmed.EndsWith('?'))
        {
            return null;
        }

        // 好的，我改 / ok, I'll revise: the separators inside a few words do not change them.
        var joined = string.Concat(trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
        var spaced = string.Join(' ', trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries));
        if (Whole.TryGetValue(trimmed, out var kind) || Whole.TryGetValue(joined, out kind) || Whole.TryGetValue(spaced, out kind))
        {
            return new ShortAnswer(kind, string.Empty);
        }

        foreach (var (word, reasoned) in WithReason)
        {
            if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = trimmed[word.Length..];
            // The reason comes after a separator: 请假条在哪 is a question about a form, not leave asked for.
            if (rest.Length > 0 && !Separators.Contains(rest[0]))
            {
                continue;
            }

            var reason = rest.TrimStart(Separators).Trim();
            // 异议 @张伟 … names someone: that is the full command, not a short answer to the question just asked.
            return reason.StartsWith('@') || reason.StartsWith('＠') || reason.StartsWith("<at", StringComparison.OrdinalIgnoreCase)
                ? null
                : new ShortAnswer(reasoned, reason);
        }

        return null;
    }
}
