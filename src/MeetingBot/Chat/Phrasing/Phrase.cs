using System.Text.RegularExpressions;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// One way people say a command, as a pattern over the whole message, and the command text it stands for
/// (<c>提交 学习</c>, with <c>${name}</c> for what the pattern captured). The command text is then read by the one
/// command grammar, so a phrase can never mean more than the command it is written as.
/// </summary>
/// <param name="pattern">The whole message, in the one spelling <see cref="Phrasebook"/> brings it to.</param>
/// <param name="commandText">The command it stands for.</param>
/// <param name="asks">
/// True for a question a read-only command answers (我还有什么要交的？, 有哪些材料等我审核？): it is also read without its
/// question mark and a greeting in front. A question is otherwise conversation, so a question can never change anything.
/// </param>
public sealed class Phrase(string pattern, string commandText, bool asks = false)
{
    // Linear in the message's length whatever the pattern: the openings (我要, 请, 帮我…) repeat and overlap, which a
    // backtracking engine can take exponential time over on what a user types.
    private readonly Regex _pattern = new("^(?:" + pattern + ")$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));

    public string CommandText { get; } = commandText;

    /// <summary>Whether a question asked this way is answered by the command (only read-only commands are).</summary>
    public bool Asks { get; } = asks;

    /// <summary>The command text for <paramref name="said"/> (already brought to one spelling), or null when it is not this phrase.</summary>
    public string? Rewrite(string said) =>
        _pattern.Match(said) is { Success: true } match ? match.Result(CommandText).Trim() : null;
}
