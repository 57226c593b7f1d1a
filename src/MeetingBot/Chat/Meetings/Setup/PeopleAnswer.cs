using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// People named in a message: the @mentions (entities are authoritative), in the order they were written; in the
/// service's own web chat, which cannot @mention, the names typed, which <see cref="NamedAnswer"/> looks up in the
/// directory. No text ever makes an identity.
/// </summary>
public static class PeopleAnswer
{
    private static readonly HashSet<string> EveryoneWords = new(["全体", "所有人", "全部", "everyone", "all"], StringComparer.OrdinalIgnoreCase);

    private static readonly char[] NameSeparators = ['、', '，', ',', '；', ';', '\n'];

    // People end an answer as a sentence (王书记。 跳过！): the stop is not part of the name or the word.
    private static readonly char[] SentenceEnds = ['。', '．', '！', '!'];

    private static readonly HashSet<string> NoneWords = new(["跳过", "无", "没有", "skip", "none", "no"], StringComparer.OrdinalIgnoreCase);

    public static List<Person> Mentioned(Activity activity) => [.. InOrder(activity).DistinctBy(p => p.UserId)];

    /// <summary>Every @mention in the order written, repeats kept (for answers read in pairs).</summary>
    public static List<Person> InOrder(Activity activity) =>
        [.. activity.MentionedUsers().Select(a => new Person(a.Id!, string.IsNullOrWhiteSpace(a.Name) ? a.Id! : a.Name))];

    /// <summary>
    /// Whether people are named by typing names the directory resolves: the service's own web chat (whose client writes
    /// its own entities) and the platform channels whose users are directory people (WeCom has no @mention for an app).
    /// </summary>
    public static bool InWebChat(Activity activity) =>
        WebChannel.DirectLine.DirectLinePaths.IsHosted(activity.ChannelId, activity.ServiceUrl)
        || MeetingBot.People.DirectoryOnlyChannels.Covers(activity.ChannelId);

    /// <summary>
    /// Whether this message names people for the directory to resolve: only in the service's own web chat, by typed
    /// names or by @mentions (there the client writes the mention, so its id is only believed when the directory
    /// knows it), and not when it is "everyone" or "skip".
    /// </summary>
    public static bool NamesPeopleInWebChat(Activity activity) =>
        InWebChat(activity)
        && (activity.MentionedUsers().Any()
            || (activity.Text is { } text && !string.IsNullOrWhiteSpace(text) && !IsNone(text) && !IsEveryone(text)));

    /// <summary>The pieces of a typed answer (split at 、，; and new lines; spaces are split by <see cref="NamedAnswer"/>).</summary>
    public static IEnumerable<string> Names(string text) =>
        text.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.TrimStart('@', '＠').TrimEnd(SentenceEnds).Trim())
            .Where(name => name.Length > 0);

    public static bool IsEveryone(string? text) => text is not null && EveryoneWords.Contains(text.Trim().TrimEnd(SentenceEnds));

    public static bool IsNone(string? text) => text is not null && NoneWords.Contains(text.Trim().TrimEnd(SentenceEnds));
}
