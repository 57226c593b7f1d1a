namespace MeetingBot.Chat.Administration;

/// <summary>How the words after an action are read: separated by spaces (half- or full-width), and the person's part before a role.</summary>
public static class PersonWords
{
    private static readonly char[] Spaces = [' ', '\u3000', '\t', '\n', '\r'];

    public static IReadOnlyList<string> Split(string text) => text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"王伟（党政办） 组织者" → ("王伟（党政办）", "组织者"): the last word, and everything before it.</summary>
    public static (string Who, string Last) WhoAndLast(string text)
    {
        var trimmed = text.Trim();
        var cut = trimmed.LastIndexOfAny(Spaces);
        return cut < 0 ? (trimmed, string.Empty) : (trimmed[..cut].Trim(), trimmed[(cut + 1)..]);
    }
}
