using System.Text.RegularExpressions;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// The ways people say commands, feature by feature, read before the command grammar gives up: a message that is
/// not a command as typed, but is one of these phrases, is read as the command text the phrase stands for. The
/// command grammar reads that text, so help, hints and handlers know one command language, and a phrase that does
/// not produce a well-formed command is no command at all.
/// </summary>
public static partial class Phrasebook
{
    /// <summary>Longer than any request; a longer message is material or conversation, never read as a phrase.</summary>
    private const int LongestPhrase = 120;

    public static IReadOnlyList<Phrase> All { get; } =
    [
        .. SubmissionPhrases.Zh, .. ReviewPhrases.Zh, .. StatusPhrases.Zh, .. SetupPhrases.Zh, .. DeadlinePhrases.Zh, .. MeetingDayPhrases.Zh, .. OpinionPhrases.Zh, .. AttendancePhrases.Zh, .. NoticePhrases.Zh, .. ManagementPhrases.Zh, .. GeneralPhrases.Zh,
        .. SubmissionPhrases.En, .. ReviewPhrases.En, .. StatusPhrases.En, .. SetupPhrases.En, .. DeadlinePhrases.En, .. MeetingDayPhrases.En, .. OpinionPhrases.En, .. AttendancePhrases.En, .. NoticePhrases.En, .. ManagementPhrases.En, .. GeneralPhrases.En,
    ];

    /// <summary>
    /// What a message asks: the command a phrase stands for, else the command as typed, else conversation with the
    /// exact grammar's near miss for the hint. A phrase never turns a typed command into another one (<c>确认</c> still
    /// answers a confirmation); it may only read the typed command's argument better (<c>submit my problem list</c>
    /// is <c>submit problems</c>, <c>退回1，理由：例子不具体</c> is <c>退回 1 例子不具体</c>).
    /// </summary>
    public static CommandMatch Understand(string text, IReadOnlyList<ChatCommand> commands)
    {
        var exact = ChatCommands.Parse(text, commands);
        if (Said(text) is not { } said)
        {
            return exact;
        }

        var asked = Asked(said);
        var saidOpenings = PhraseParts.Openings(said);
        var askedOpenings = PhraseParts.Openings(asked);
        foreach (var phrase in All)
        {
            if ((phrase.Asks ? phrase.Rewrite(asked, askedOpenings) : phrase.Rewrite(said, saidOpenings)) is { } commandText
                && ChatCommands.Parse(commandText, commands) is { Command: not null } understood
                && (exact.Command is null || exact.Command == understood.Command))
            {
                return understood;
            }
        }

        return exact;
    }

    /// <summary>
    /// The command text a phrase reads <paramref name="text"/> as (<c>好的，我要交学习心得</c> is <c>提交 学习</c>), not yet
    /// checked against the commands there are; null when no phrase reads it. For a flow in progress to tell a request
    /// from an answer, where only an answer is expected.
    /// </summary>
    public static string? RequestIn(string text)
    {
        if (Said(text) is not { } said)
        {
            return null;
        }

        var openings = PhraseParts.Openings(said);
        return All.Where(p => !p.Asks).Select(p => p.Rewrite(said, openings)).FirstOrDefault(c => c is not null);
    }

    /// <summary>
    /// The message in one spelling for the phrases: one line, full-width letters and digits as ASCII, single spaces,
    /// without the full stop or exclamation mark a sentence ends with. A question mark stays: a question is conversation,
    /// unless a read-only command answers it (<see cref="Phrase.Asks"/>).
    /// </summary>
    private static string? Said(string text)
    {
        var line = text.Trim();
        if (line.Length == 0 || line.Length > LongestPhrase || line.Contains('\n'))
        {
            return null;
        }

        var folded = FullWidth().Replace(line, m => ((char)(m.Value[0] - 0xFEE0)).ToString());
        return Spaces().Replace(folded.Replace('\u3000', ' '), " ").TrimEnd('。', '.', '！', '!', '～', '~', '…', ' ').Trim();
    }

    /// <summary>
    /// The message as a question a read-only command may answer: without a greeting in front (你好，/ 请问 / hello,)
    /// and without the question mark, 吗, 呢 or 啊 it ends with.
    /// </summary>
    private static string Asked(string said) =>
        QuestionEnd().Replace(Greeting().Replace(said, string.Empty), string.Empty);

    [GeneratedRegex(@"^(?:(?:你好|您好|老师好|在吗|在不在|请问|hi|hello|hey)[，,！!。. ]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"(?:吗|呢|啊|呀)?[?？]+$|(?:吗|呢|啊|呀)$")]
    private static partial Regex QuestionEnd();

    // Full-width ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) as an IME types them.
    [GeneratedRegex("[０-９Ａ-Ｚａ-ｚ]")]
    private static partial Regex FullWidth();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
