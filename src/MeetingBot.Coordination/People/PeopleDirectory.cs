namespace MeetingBot.Coordination.People;

/// <summary>
/// Everyone the service knows: one versioned document (a town's or county's roster is hundreds of people, read
/// whole and written with its ETag). Queries here; changes are the use cases beside it (<see cref="DirectoryChanges"/>).
/// </summary>
public sealed record PeopleDirectory(int SchemaVersion, long Version, IReadOnlyList<DirectoryPerson> People)
{
    public const int CurrentSchemaVersion = 1;

    public static readonly PeopleDirectory Empty = new(CurrentSchemaVersion, 0, []);

    public IReadOnlyList<DirectoryPerson> People { get; init; } = People ?? [];

    public DirectoryPerson? Find(string personId) => People.FirstOrDefault(p => p.Id == personId);

    /// <summary>The person a channel's authentication vouched for (kind from <see cref="IdentityKinds"/>).</summary>
    public DirectoryPerson? FindByIdentity(string kind, string id) =>
        string.IsNullOrEmpty(id) ? null : People.FirstOrDefault(p => p.Identities.Any(i => i.Kind == kind && i.Id == id));

    /// <summary>The person behind a web chat user id (see <see cref="DirectoryPerson.WebChatUserId"/>).</summary>
    public DirectoryPerson? FindWebChatUser(string userId) => People.FirstOrDefault(p => p.WebChatUserId == userId);

    /// <summary>
    /// Everyone a typed name may mean: the exact name (spaces and a leading @ ignored), or, when the text also names
    /// a unit or title (王伟 党政办, 王伟（主任）), the people whose label contains it.
    /// </summary>
    public IReadOnlyList<DirectoryPerson> Matching(string typed)
    {
        var (name, qualifier) = NameQuery.Parse(typed);
        if (name.Length == 0)
        {
            return [];
        }

        var sameName = People.Where(p => NameQuery.Normalise(p.Name) == name).ToList();
        if (qualifier.Length == 0 || sameName.Count <= 1)
        {
            return sameName;
        }

        var narrowed = sameName.Where(p => NameQuery.Normalise(p.Unit ?? string.Empty).Contains(qualifier, StringComparison.Ordinal)
            || NameQuery.Normalise(p.Title ?? string.Empty).Contains(qualifier, StringComparison.Ordinal)).ToList();
        return narrowed.Count > 0 ? narrowed : sameName;
    }

    public IEnumerable<DirectoryPerson> With(OrganisationRole role) => People.Where(p => p.Holds(role));

    /// <summary>Whether <paramref name="name"/> is shared by several people (so lists show their labels).</summary>
    public bool IsShared(string name) => People.Count(p => p.Name == name) > 1;
}
