using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Reads <c>roles:</c>: what the process calls each role (the superior optionally), in both languages.</summary>
internal static class RoleNamesReader
{
    public static IReadOnlyList<RoleName> Read(YamlMap root)
    {
        var roles = root.Map("roles");
        if (roles is null)
        {
            return [];
        }

        var names = new List<RoleName>();
        foreach (var role in Enum.GetValues<Role>())
        {
            // The superior reviews only where a template names him, so an older template need not name him.
            if (roles.Text(KebabCase.Of(role), required: role != Role.Superior) is { } name)
            {
                names.Add(new RoleName(role, name));
            }
        }

        roles.RejectUnknownKeys();
        return names;
    }

    public static Role? ReadRole(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        if (!KebabCase.TryParse<Role>(text, out var role))
        {
            map.Errors.Add(map.Get(key)!, $"unknown role '{text}' (one of {KebabCase.Choices<Role>()})");
            return null;
        }

        return role;
    }
}
