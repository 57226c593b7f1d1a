using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>People named in a message: the @mentions (entities are authoritative), in the order they were written.</summary>
public static class PeopleAnswer
{
    private static readonly HashSet<string> EveryoneWords = new(["全体", "所有人", "全部", "everyone", "all"], StringComparer.OrdinalIgnoreCase);

    private static readonly char[] NameSeparators = [' ', '\u3000', '、', '，', ',', '；', ';', '\n'];

    private static readonly HashSet<string> NoneWords = new(["跳过", "无", "没有", "skip", "none", "no"], StringComparer.OrdinalIgnoreCase);

    public static List<Person> Mentioned(Activity activity) =>
    [
        .. activity.MentionedUsers()
            .DistinctBy(a => a.Id)
            .Select(a => new Person(a.Id!, string.IsNullOrWhiteSpace(a.Name) ? a.Id! : a.Name)),
    ];

    /// <summary>
    /// People named by typing, for the service's own web chat: Web Chat cannot @mention, and there a person's identity
    /// is the invitation made for them, so the name typed defines the person (a stable id derived from it). Never on
    /// other channels, whose users have identities of their own.
    /// </summary>
    public static List<Person> Typed(Activity activity)
    {
        if (!BotFramework.DirectLine.DirectLinePaths.IsHosted(activity.ChannelId, activity.ServiceUrl)
            || activity.Text is not { } text || IsNone(text) || IsEveryone(text))
        {
            return [];
        }

        return
        [
            .. text.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => name.TrimStart('@', '＠'))
                .Where(name => name.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Select(name => new Person(TypedId(name), name)),
        ];
    }

    /// <summary>The web chat user id of a person named by typing: the same name always gives the same id.</summary>
    public static string TypedId(string name) =>
        "dl_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..16];

    public static bool IsEveryone(string? text) => text is not null && EveryoneWords.Contains(text.Trim());

    public static bool IsNone(string? text) => text is not null && NoneWords.Contains(text.Trim());
}
