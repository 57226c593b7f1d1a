namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// Pieces the phrases share, so each phrase says only what is its own: the polite or willing openings of a request
/// (我要, 请, 麻烦帮我…), dates as people type them, numbers in digits or Chinese numerals, and a person's name.
/// </summary>
internal static class PhraseParts
{
    /// <summary>The words that may open a request without changing it (<see cref="Opening"/>), each optionally followed by a comma or space.</summary>
    public static readonly string[] OpeningWords =
        ["请", "麻烦", "烦请", "帮我", "给我", "我要", "我想", "我想要", "我需要", "我来", "我得", "我准备", "我现在", "现在", "需要", "想要", "要", "准备", "那就", "那", "好的", "好"];

    /// <summary>What may follow an opening word: a comma or a space.</summary>
    public const string OpeningSeparators = "，, ";

    /// <summary>
    /// What may open a request without changing it: 我要 / 我想 / 请 / 麻烦 / 帮我 / 现在 …, in any order. A phrase starts
    /// with it; <see cref="Phrase"/> reads it in code (<see cref="Openings"/>) rather than in the pattern.
    /// </summary>
    public const string Opening = @"(?:(?:请|麻烦|烦请|帮我|给我|我要|我想|我想要|我需要|我来|我得|我准备|我现在|现在|需要|想要|要|准备|那就|那|好的|好)[，, ]?)*";

    /// <summary>
    /// Where a request may start in <paramref name="said"/> after its opening words, longest opening first: 0, and every
    /// place <see cref="Opening"/> can end. A handful of places at most, found in one pass over the message.
    /// </summary>
    public static IReadOnlyList<int> Openings(string said)
    {
        var reachable = new bool[said.Length + 1];
        reachable[0] = true;
        for (var at = 0; at < said.Length; at++)
        {
            if (!reachable[at])
            {
                continue;
            }

            foreach (var word in OpeningWords)
            {
                if (at + word.Length > said.Length || string.CompareOrdinal(said, at, word, 0, word.Length) != 0)
                {
                    continue;
                }

                var end = at + word.Length;
                reachable[end] = true;
                if (end < said.Length && OpeningSeparators.Contains(said[end], StringComparison.Ordinal))
                {
                    reachable[end + 1] = true;
                }
            }
        }

        var starts = new List<int>();
        for (var at = said.Length; at >= 0; at--)
        {
            if (reachable[at])
            {
                starts.Add(at);
            }
        }

        return starts;
    }

    /// <summary>What may close a request: 一下 / 吧 (not 吗 or a question mark: a question is conversation).</summary>
    public const string Closing = @"(?:一下)?(?:吧|了)?";

    /// <summary>What separates the parts of a request: Chinese and ASCII punctuation or a space.</summary>
    public const string Separator = @"[，,：:；;、 ]";

    /// <summary>A number: digits or a Chinese numeral, optionally 第…个/项/条.</summary>
    public const string Number = @"第?(?<n>\d{1,4}|[一二两三四五六七八九十]{1,3})(?:个|项|条|份|号)?";

    /// <summary>A date people type: 今天, 下周五, 12月7日, 十二月七日, 2026-12-07, 2026年12月7日 (what the date-time recogniser reads).</summary>
    public const string Date =
        @"(?<date>(?:今天|昨天|前天|明天|后天|大后天|(?:本|这|下)(?:周|星期)[一二三四五六日天1-7]|(?:周|星期)[一二三四五六日天1-7]"
        + @"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}[日号]?)"
        + @"(?: ?(?:上午|下午|晚上|早上)?[\d一二三四五六七八九十]{1,3}(?:[:：]\d{2}|点(?:半|[\d一二三四五六七八九十]{1,3}分?)?))?)";

    /// <summary>A person as named in a sentence: an @mention or a two-to-four character Chinese name (without the particles around it).</summary>
    /// <remarks>A 对 in front (提纲，对张伟) says whom, it is not part of the name.</remarks>
    public const string Name = @"对?(?<name>@\S+|[\p{IsCJKUnifiedIdeographs}-[的和与跟同从把对]]{2,4}?)";

    /// <summary>An English person's name: one or two capitalised words or an @mention.</summary>
    public const string EnName = @"(?<name>@\S+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)";
}
