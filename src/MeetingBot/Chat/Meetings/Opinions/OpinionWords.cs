using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>The words people type about opinions (属实, 班子, 认账…) and how an opinion reads in a 1:1 reply.</summary>
public static class OpinionWords
{
    private static readonly string[] TeamWords = ["班子", "领导班子", "班子集体", "team", "the team"];

    private static readonly char[] Separators = ['：', ':', '，', ',', ' ', '　'];

    private static readonly System.Buffers.SearchValues<char> SeparatorValues = System.Buffers.SearchValues.Create(Separators);

    private static readonly System.Buffers.SearchValues<char> Colons = System.Buffers.SearchValues.Create("：:");

    public static readonly string MaterialWord = "班子材料";

    public static bool MeansMaterial(string argument) =>
        argument.Trim() is { Length: > 0 } a && (a.Contains("材料", StringComparison.Ordinal) || a.Contains("material", StringComparison.OrdinalIgnoreCase));

    /// <summary><c>3 到 1</c>, <c>3 李敏</c>: the leading number and the rest; null without a number.</summary>
    public static (int Number, string Tail)? NumberAndRest(string argument)
    {
        var text = argument.Trim();
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 4 && int.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number, text[digits..].Trim().TrimStart(Separators).Trim())
            : null;
    }

    /// <summary>The number after 到 / into / 并入 in <c>到 1</c>.</summary>
    public static int? Into(string rest)
    {
        var text = rest.Trim();
        foreach (var word in (string[])["并入", "合并到", "到", "至", "into", "to"])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                text = text[word.Length..].Trim();
                break;
            }
        }

        text = text.TrimStart('意', '见').Trim();
        if (text.StartsWith("opinion", StringComparison.OrdinalIgnoreCase))
        {
            text = text["opinion".Length..].Trim();
        }

        return int.TryParse(text.TrimEnd('。', '.'), NumberStyles.None, CultureInfo.InvariantCulture, out var into) ? into : null;
    }

    public static OpinionVerdict? Verdict(string rest) => rest.Trim().TrimEnd('。', '.').ToLowerInvariant() switch
    {
        "属实" or "true" => OpinionVerdict.True,
        "基本属实" or "mostly true" => OpinionVerdict.MostlyTrue,
        "不符" or "不属实" or "与事实不符" or "untrue" or "not true" => OpinionVerdict.Untrue,
        _ => null,
    };

    /// <summary>A member of the meeting by the name typed (as the roster spells it); null when none is.</summary>
    public static Participant? Member(Meeting meeting, string name)
    {
        var plain = name.Trim().TrimEnd('。', '.').Trim();
        return meeting.Members.FirstOrDefault(p => string.Equals(p.Name, plain, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <c>李敏：内容</c> / <c>班子：内容</c> / <c>内容</c>: the addressee (null = the team) and the text; the name is
    /// a member's only if the roster has it, anything else is the text for the team.
    /// </summary>
    public static (string? AddressedTo, string Text) AddresseeAndText(Meeting meeting, string argument)
    {
        var text = argument.Trim();
        var cut = text.AsSpan().IndexOfAny(SeparatorValues);
        if (cut > 0)
        {
            var head = text[..cut].Trim();
            var rest = text[(cut + 1)..].Trim().TrimStart(Separators).Trim();
            if (TeamWords.Contains(head, StringComparer.OrdinalIgnoreCase))
            {
                return (null, rest);
            }

            if (Member(meeting, head) is { } member)
            {
                return (member.UserId, rest);
            }

            // English names have a space in them: "Li Min: text".
            var colon = text.AsSpan().IndexOfAny(Colons);
            if (colon > 0 && Member(meeting, text[..colon]) is { } named)
            {
                return (named.UserId, text[(colon + 1)..].Trim());
            }
        }

        return (null, text);
    }

    public static string VerdictText(OpinionVerdict verdict, UserLocale locale) => (verdict switch
    {
        OpinionVerdict.True => OpinionTexts.VerdictTrue,
        OpinionVerdict.MostlyTrue => OpinionTexts.VerdictMostlyTrue,
        _ => OpinionTexts.VerdictUntrue,
    }).In(locale);

    public static string AnswerText(OpinionAnswer answer, UserLocale locale) =>
        (answer.Kind == OpinionAnswerKind.Acknowledged ? OpinionTexts.AnswerAcknowledged : OpinionTexts.AnswerExplained).In(locale)
        + (answer.Note is { } note ? (locale == UserLocale.En ? ": " : "：") + MarkdownEscape.Text(note.TrimEnd('。', '.')) : string.Empty);

    /// <summary>One opinion as a line of a private reply: number, source, for whom, signed or not, state, text.</summary>
    /// <param name="showSigner">The name a writer gave, for the office and the lead only: the member an opinion is about reads what was said, not who said it.</param>
    public static string Line(Opinion opinion, Meeting meeting, ProcessTemplate template, UserLocale locale, bool showSigner)
    {
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var sep = locale == UserLocale.En ? "; " : "；";
        var line = new StringBuilder(locale == UserLocale.En ? $"{opinion.Number}. " : $"意见{opinion.Number}．")
            .Append('[').Append(OpinionSources.NameOf(opinion.Source, template).In(culture)).Append(']').Append(' ');
        line.Append(opinion.OnCollectiveMaterial ? OpinionTexts.OnMaterial.In(locale)
            : opinion.AddressedTo is { } to ? MarkdownEscape.Text(meeting.NameOf(to)) : OpinionTexts.Team.In(locale));
        if (showSigner)
        {
            line.Append(sep).Append(opinion.SignedName is { } name ? MarkdownEscape.Text(name) : OpinionTexts.Anonymous.In(locale));
        }

        if (opinion.MergedInto is { } into)
        {
            line.Append(sep).Append(locale == UserLocale.En ? $"merged into {into}" : $"已并入意见{into}");
        }
        else
        {
            if (opinion.Verdict is { } verdict)
            {
                line.Append(sep).Append(VerdictText(verdict, locale));
            }

            if (opinion.AssigneeId is { } assignee)
            {
                line.Append(sep).Append(locale == UserLocale.En ? "for " : "交").Append(MarkdownEscape.Text(meeting.NameOf(assignee)))
                    .Append(opinion.Answer is { } answer ? (locale == UserLocale.En ? ": " : "：") + AnswerText(answer, locale)
                        : opinion.IsForAnswer ? (locale == UserLocale.En ? ", " : "，") + OpinionTexts.AwaitingAnswer.In(locale) : string.Empty);
            }
            else
            {
                line.Append(sep).Append(OpinionTexts.ToSort.In(locale));
            }
        }

        return line.Append("\n   ").Append(MarkdownEscape.Text(opinion.Text)).ToString();
    }
}
