using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>People named in a message: the @mentions (entities are authoritative), in the order they were written.</summary>
public static class PeopleAnswer
{
    private static readonly HashSet<string> EveryoneWords = new(["全体", "所有人", "全部", "everyone", "all"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NoneWords = new(["跳过", "无", "没有", "skip", "none", "no"], StringComparer.OrdinalIgnoreCase);

    public static List<Person> Mentioned(Activity activity) =>
    [
        .. activity.MentionedUsers()
            .DistinctBy(a => a.Id)
            .Select(a => new Person(a.Id!, string.IsNullOrWhiteSpace(a.Name) ? a.Id! : a.Name)),
    ];

    public static bool IsEveryone(string? text) => text is not null && EveryoneWords.Contains(text.Trim());

    public static bool IsNone(string? text) => text is not null && NoneWords.Contains(text.Trim());
}
