namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// A flow's one-word answer as people type it in a sentence: 好的，提交。 / 没问题，提交吧 / 改好了，重新提交 are 提交. The
/// words of assent in front and 吧/了 behind change nothing, so they are left out before the word is compared; anything
/// else around it (提交问题清单) still makes it no answer.
/// </summary>
public static class FlowAnswer
{
    // Longest first, so 没问题 is taken whole and 好的 before 好.
    private static readonly string[] Assent =
        ["没有问题", "没问题", "改好了", "写好了", "填好了", "检查过了", "都对", "可以", "好的", "那就", "行", "好", "对", "嗯", "ok", "okay"];

    private const string Separators = ",， 、；;:：";

    /// <summary>The answer without the assent in front and 吧/了/一下 behind (the text is already normalised: trimmed, full stop gone).</summary>
    public static string Word(string text)
    {
        var word = text.Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var assent in Assent)
            {
                if (word.Length > assent.Length && word.StartsWith(assent, StringComparison.OrdinalIgnoreCase)
                    && Separators.Contains(word[assent.Length], StringComparison.Ordinal))
                {
                    word = word[(assent.Length + 1)..].TrimStart();
                    changed = true;
                    break;
                }
            }
        }

        foreach (var tail in new[] { "一下吧", "吧", "了", "一下" })
        {
            if (word.Length > tail.Length && word.EndsWith(tail, StringComparison.Ordinal))
            {
                return word[..^tail.Length].TrimEnd();
            }
        }

        return word;
    }
}
