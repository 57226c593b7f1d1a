using System.Text.RegularExpressions;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>
/// One change as an author writes it while revising: <c>第二点 新内容</c> (or <c>修改 第2点：…</c>, <c>2. …</c>),
/// <c>第4部分第2点 …</c>, <c>第2部分 …</c> (a whole part), <c>增加 …</c>, <c>删除 第3点</c>; in English
/// <c>point 2 …</c>, <c>part 4 point 2 …</c>, <c>add …</c>, <c>delete point 3</c>. Parts and points count from 1.
/// </summary>
/// <param name="Part">The part named, or null when the author named none (the content's only part).</param>
/// <param name="Point">The point, or null for the whole part; for an addition null too (the caller appends).</param>
public sealed partial record PointEdit(PointEditAction Action, int? Part, int? Point, string Text)
{
    private const string Number = "[0-9]+|[一二两三四五六七八九十百]+";

    /// <summary>The change written in <paramref name="text"/>, or null when it is not one.</summary>
    public static PointEdit? Parse(string text)
    {
        var typed = CommandText.AsciiDigits(text.Trim());
        if (Delete().Match(typed) is { Success: true } delete)
        {
            return new PointEdit(PointEditAction.Remove, Read(delete.Groups["part"]), Read(delete.Groups["point"]), string.Empty);
        }

        if (Add().Match(typed) is { Success: true } add)
        {
            return new PointEdit(PointEditAction.Add, Read(add.Groups["part"]), null, add.Groups["text"].Value.Trim());
        }

        if (Replace().Match(typed) is { Success: true } replace && (replace.Groups["part"].Success || replace.Groups["point"].Success))
        {
            return new PointEdit(PointEditAction.Replace, Read(replace.Groups["part"]), Read(replace.Groups["point"]), replace.Groups["text"].Value.Trim());
        }

        return NumberedLine().Match(typed) is { Success: true } line
            ? new PointEdit(PointEditAction.Replace, null, Read(line.Groups["point"]), line.Groups["text"].Value.Trim())
            : null;
    }

    private static int? Read(Group group) => group.Success ? ChineseNumber(group.Value) : null;

    /// <summary>1–999 in digits or Chinese numerals (二, 十二, 二十三).</summary>
    private static int? ChineseNumber(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        const string Digits = "零一二三四五六七八九";
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            if (c == '两')
            {
                current = 2;
            }
            else if (Digits.IndexOf(c, StringComparison.Ordinal) is var digit and >= 0)
            {
                current = digit;
            }
            else
            {
                total += (current == 0 ? 1 : current) * (c == '百' ? 100 : 10);
                current = 0;
            }
        }

        return total + current is var value and > 0 ? value : null;
    }

    [GeneratedRegex(@"^(?:删除|删去|删掉|去掉|delete|remove|drop)\s*(?:第\s*(?<part>" + Number + @")\s*部分\s*|part\s*(?<part>\d+)\s*)?(?:第\s*|point\s*)?(?<point>" + Number + @")\s*(?:点|条|项)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Delete();

    [GeneratedRegex(@"^(?:增加|添加|补充|新增|加上|add)\s*(?:(?:到|在)?\s*第\s*(?<part>" + Number + @")\s*部分|(?:to\s+)?part\s*(?<part>\d+))?[\s:：，,、]*(?<text>\S[\s\S]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Add();

    [GeneratedRegex(@"^(?:修改|改)?\s*(?:第\s*(?<part>" + Number + @")\s*部分|part\s*(?<part>\d+))?[\s,，]*(?:第\s*(?<point>" + Number + @")\s*(?:点|条|项)|point\s*(?<point>\d+))?\s*(?:改为|改成|换成|to)?[\s:：，,、.．]*(?<text>[\s\S]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Replace();

    [GeneratedRegex(@"^(?<point>\d{1,3})\s*[.．、)）]\s*(?<text>\S[\s\S]*)$")]
    private static partial Regex NumberedLine();
}
