namespace MeetingBot.Coordination.People;

/// <summary>
/// Someone the service knows, kept in the <see cref="PeopleDirectory"/> by an administrator (or imported from the
/// office's 花名册). <see cref="Id"/> is random and never derived from the name: two 王伟 are two people, and a typo
/// in a chat never creates one. <see cref="Unit"/> and <see cref="Title"/> tell same-name people apart wherever
/// they are listed or chosen. <see cref="Identities"/> are the ids the person has on each channel.
/// </summary>
public sealed record DirectoryPerson(
    string Id,
    string Name,
    string? Unit,
    string? Title,
    string? Phone,
    string? Email,
    IReadOnlyList<OrganisationRole> Roles,
    IReadOnlyList<ChannelIdentity> Identities)
{
    public IReadOnlyList<OrganisationRole> Roles { get; init; } = Roles ?? [];

    public IReadOnlyList<ChannelIdentity> Identities { get; init; } = Identities ?? [];

    public bool Holds(OrganisationRole role) => Roles.Contains(role);

    /// <summary>The person's id on one channel (kind from <see cref="IdentityKinds"/>), if they have one.</summary>
    public string? IdentityOn(string kind) => Identities.FirstOrDefault(i => i.Kind == kind)?.Id;

    /// <summary>
    /// The user id the service's web chat knows this person by: their directory id, or the id they had before the
    /// directory existed (kept as a <see cref="IdentityKinds.WebChat"/> identity so their conversations go on).
    /// </summary>
    public string WebChatUserId => IdentityOn(IdentityKinds.WebChat) ?? Id;

    /// <summary>The name with what tells this person apart: 王伟（党政办·主任）.</summary>
    public string Label => (Unit, Title) switch
    {
        ({ Length: > 0 } unit, { Length: > 0 } title) => $"{Name}（{unit}·{title}）",
        ({ Length: > 0 } unit, _) => $"{Name}（{unit}）",
        (_, { Length: > 0 } title) => $"{Name}（{title}）",
        _ => Name,
    };
}
