namespace MeetingBot.Coordination.People;

/// <summary>How a typed name is read: full-width spaces, brackets and a leading @ are not part of the name.</summary>
internal static class NameQuery
{
    private static readonly char[] Brackets = ['（', '(', '）', ')', '·', '/', '／'];

    public static string Normalise(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '@' && c != '＠')]);

    /// <summary>"王伟（党政办）" or "王伟 党政办" → ("王伟", "党政办"); "王伟" → ("王伟", "").</summary>
    public static (string Name, string Qualifier) Parse(string typed)
    {
        var text = typed.Trim().TrimStart('@', '＠');
        var cut = text.IndexOfAny([.. Brackets, ' ', '\u3000']);
        if (cut < 0)
        {
            return (Normalise(text), string.Empty);
        }

        var qualifier = new string([.. text[cut..].Where(c => !Brackets.Contains(c))]);
        return (Normalise(text[..cut]), Normalise(qualifier));
    }
}
