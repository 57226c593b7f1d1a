using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// An answer naming people by typing (the web chat cannot @mention): each name is looked up in the directory, never
/// turned into an identity of its own. A name several people share stays open until the person answering picks one
/// (by its number or as 姓名（单位）); the other names of the answer are kept meanwhile.
/// </summary>
public sealed record NamedAnswer(IReadOnlyList<NamedPerson> Entries)
{
    public IReadOnlyList<NamedPerson> Entries { get; init; } = Entries ?? [];

    /// <summary>The names nobody in the directory has.</summary>
    public IReadOnlyList<string> Unknown => [.. Entries.Where(e => e.IsUnknown).Select(e => e.Typed)];

    /// <summary>The first name still to be told apart, if any.</summary>
    public NamedPerson? Open => Entries.FirstOrDefault(e => e.IsOpen);

    /// <summary>The people named, in the order they were written, each once.</summary>
    public List<Person> People => [.. Entries.Where(e => e.Person is not null).Select(e => e.Person!).DistinctBy(p => p.UserId)];

    /// <summary>Everyone named, in the order written, repeats kept (for answers read in pairs).</summary>
    public List<Person> InOrder => [.. Entries.Where(e => e.Person is not null).Select(e => e.Person!)];

    /// <param name="keepRepeats">Keep a name typed twice (answers read in pairs name one head for two members).</param>
    public static NamedAnswer Read(string text, PeopleDirectory directory, bool keepRepeats = false)
    {
        var names = PeopleAnswer.Names(text).SelectMany(chunk => Split(chunk, directory));
        return new([.. (keepRepeats ? names : names.Distinct(StringComparer.Ordinal)).Select(name => Entry(name, directory.Matching(name)))]);
    }

    /// <summary>
    /// @mentions written by a web chat client: each id counts only if it is a directory person's web chat id (their
    /// name is the directory's); any other is unknown, shown by the name the client gave.
    /// </summary>
    public static NamedAnswer FromMentions(IEnumerable<Person> mentioned, PeopleDirectory directory) =>
        new([.. mentioned.Select(m => directory.FindWebChatUser(m.UserId) is { } person
            ? new NamedPerson(m.Name, new Person(person.WebChatUserId, person.Name), [])
            : new NamedPerson(m.Name, null, []))]);

    /// <summary>"张三 李四" is two names, but "Fay Smith" (a name the directory has, spaces and all) is one.</summary>
    private static IEnumerable<string> Split(string chunk, PeopleDirectory directory)
    {
        var whole = WithoutSpaces(chunk);
        return directory.People.Any(p => WithoutSpaces(p.Name) == whole)
            ? [chunk]
            : chunk.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string WithoutSpaces(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>
    /// The open name decided by <paramref name="text"/>: its number in the list shown, or a name with its unit or
    /// title that fits exactly one of the candidates. Null when the text picks none of them.
    /// </summary>
    public NamedAnswer? Choose(string text, PeopleDirectory directory)
    {
        if (Open is not { } open)
        {
            return null;
        }

        var answer = text.Trim();
        NameCandidate? chosen = null;
        if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= open.Candidates.Count)
        {
            chosen = open.Candidates[number - 1];
        }
        else if (answer.Length > 0)
        {
            var matching = directory.Matching(answer).Select(p => p.WebChatUserId).ToHashSet(StringComparer.Ordinal);
            chosen = open.Candidates.Where(c => matching.Contains(c.UserId) || c.Label == answer).ToList() is [var only] ? only : null;
        }

        if (chosen is null)
        {
            return null;
        }

        var index = Entries.ToList().IndexOf(open);
        return this with { Entries = [.. Entries.Select((e, i) => i == index ? e with { Person = new Person(chosen.UserId, chosen.Name) } : e)] };
    }

    private static NamedPerson Entry(string typed, IReadOnlyList<DirectoryPerson> matching) => matching switch
    {
        [var one] => new NamedPerson(typed, new Person(one.WebChatUserId, one.Name), []),
        _ => new NamedPerson(typed, null, [.. matching.Select(p => new NameCandidate(p.WebChatUserId, p.Name, p.Label))]),
    };
}
