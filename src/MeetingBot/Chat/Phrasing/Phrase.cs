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
    // A phrase that starts with the shared opening (我要, 请, 帮我…) is matched without it, at each place an opening can
    // end (PhraseParts.Openings): the openings repeat and overlap (我想要 is 我想 + 要), which on a backtracking engine
    // is exponential in what a user types, and on the non-backtracking engine cost some 2 MB and tens of milliseconds
    // per phrase to build (323 MB and seconds for the phrasebook, at the first message). What is left of each pattern
    // has no loop over overlapping alternatives, the message is at most 120 characters, and a match that still runs
    // past its time limit is no match: the message is conversation.
    private static readonly TimeSpan MatchLimit = TimeSpan.FromMilliseconds(100);

    private static long s_outOfTime;

    private readonly bool _opens = pattern.StartsWith(PhraseParts.Opening, StringComparison.Ordinal);

    private readonly Regex _pattern = new("^(?:" + WithoutOpening(pattern) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchLimit);

    public string CommandText { get; } = commandText;

    /// <summary>How many matches ran past their time limit since start (each a message read as conversation that might not have been).</summary>
    internal static long MatchesOutOfTime => Interlocked.Read(ref s_outOfTime);

    /// <summary>Whether a question asked this way is answered by the command (only read-only commands are).</summary>
    public bool Asks { get; } = asks;

    /// <summary>
    /// The command text for <paramref name="said"/> (already brought to one spelling), or null when it is not this phrase.
    /// <paramref name="openings"/> are where a request may start after its opening words (<see cref="PhraseParts.Openings"/>).
    /// </summary>
    public string? Rewrite(string said, IReadOnlyList<int> openings)
    {
        if (!_opens)
        {
            return RewriteFrom(said, 0);
        }

        // By index: a foreach over the interface boxes its enumerator, and this runs for every phrase of every message
        // (7% of a turn's sampled allocation in the waterfall profile).
        for (var i = 0; i < openings.Count; i++)
        {
            if (RewriteFrom(said, openings[i]) is { } commandText)
            {
                return commandText;
            }
        }

        return null;
    }

    private static string WithoutOpening(string pattern) =>
        pattern.StartsWith(PhraseParts.Opening, StringComparison.Ordinal) ? pattern[PhraseParts.Opening.Length..] : pattern;

    private string? RewriteFrom(string said, int start)
    {
        try
        {
            // The (beginning, length) overload treats the rest of the message as the whole input (^ matches at start)
            // without copying it for every phrase and every opening.
            return _pattern.Match(said, start, said.Length - start) is { Success: true } match ? match.Result(CommandText).Trim() : null;
        }
        catch (RegexMatchTimeoutException)
        {
            Interlocked.Increment(ref s_outOfTime);
            return null;
        }
    }
}
