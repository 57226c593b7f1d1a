namespace MeetingBot.Coordination.People;

/// <summary>How roles are written in a roster's 角色 column, in chat and on the command line: 管理员 / 组织者, or in English.</summary>
public static class OrganisationRoleNames
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '/', '／', ' ', '　'];

    public static string Chinese(OrganisationRole role) => role switch
    {
        OrganisationRole.Administrator => "管理员",
        OrganisationRole.Overseer => "上级党委",
        _ => "组织者",
    };

    public static string English(OrganisationRole role) => role switch
    {
        OrganisationRole.Administrator => "administrator",
        OrganisationRole.Overseer => "overseer",
        _ => "organiser",
    };

    public static OrganisationRole? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "管理员" or "administrator" or "admin" => OrganisationRole.Administrator,
        "组织者" or "organiser" or "organizer" => OrganisationRole.Organiser,
        "上级党委" or "上级" or "组织部" or "督查" or "overseer" => OrganisationRole.Overseer,
        _ => null,
    };

    /// <summary>"管理员、组织者" → both; the first word that is no role is returned as <paramref name="unknown"/>.</summary>
    public static IReadOnlyList<OrganisationRole> ParseList(string? text, out string? unknown)
    {
        unknown = null;
        var roles = new List<OrganisationRole>();
        foreach (var word in (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Parse(word) is not { } role)
            {
                unknown = word;
                return [];
            }

            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles;
    }
}
