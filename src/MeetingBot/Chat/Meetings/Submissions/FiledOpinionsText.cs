using System.Text;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// The opinions filed in a member's problem list (群众提、上级点、集体议), as he reads them with his list: number,
/// source, what was said, and his answer or that one is awaited, then how to answer. Sent only in his 1:1 chat.
/// </summary>
public static class FiledOpinionsText
{
    public static readonly LocalText Header = new(
        "交办给你、列入问题清单的意见（共{0}条，请逐条认账或说明情况）：",
        "Opinions given to you and filed in your problem list ({0}; accept or explain each):");

    public static readonly LocalText Awaiting = new("待回应", "awaiting your answer");

    public static readonly LocalText Acknowledged = new("已认账", "accepted");

    public static readonly LocalText Explained = new("已说明情况", "explained");

    public static readonly LocalText HowToAnswer = new(
        "回应：回应意见 3 认账，或 回应意见 3 说明 理由。",
        "Answer: answer opinion 3 accept, or answer opinion 3 explain why.");

    /// <summary>The block to put under the problem list; null when nothing is filed.</summary>
    public static string? For(IReadOnlyList<FiledOpinion> filed, ProcessTemplate template, UserLocale locale)
    {
        if (filed.Count == 0)
        {
            return null;
        }

        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var text = new StringBuilder(Header.In(locale, filed.Count));
        foreach (var opinion in filed)
        {
            var source = template.ProblemSources.FirstOrDefault(s => s.Id == opinion.SourceId)?.Name.In(culture) ?? opinion.SourceId;
            text.Append('\n').Append(locale == UserLocale.En ? "Opinion " : "意见").Append(opinion.Number)
                .Append(locale == UserLocale.En ? $" ({MarkdownEscape.Text(source)}): " : $"（{MarkdownEscape.Text(source)}）：")
                .Append(MarkdownEscape.Text(opinion.Text)).Append(locale == UserLocale.En ? " — " : "——").Append(State(opinion.Answer, locale));
        }

        return text.Append('\n').Append(HowToAnswer.In(locale)).ToString();
    }

    private static string State(OpinionAnswer? answer, UserLocale locale) => answer switch
    {
        null => Awaiting.In(locale),
        { Kind: OpinionAnswerKind.Acknowledged } => Acknowledged.In(locale) + Note(answer.Note, locale),
        _ => Explained.In(locale) + Note(answer.Note, locale),
    };

    private static string Note(string? note, UserLocale locale) =>
        note is null ? string.Empty : (locale == UserLocale.En ? ": " : "：") + MarkdownEscape.Text(note);
}
