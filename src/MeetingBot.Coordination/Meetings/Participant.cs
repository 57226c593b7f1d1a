namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// A person in one meeting with the roles they hold there (the lead is also a member). A member lists the
/// department heads he oversees, which puts those talks into the plan; a department head may name his department.
/// </summary>
public sealed record Participant(
    string UserId,
    string Name,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> OverseenDepartmentHeads,
    string? Department)
{
    // Stored documents omit empty lists; reading one back must still give an empty list, never null.
    public IReadOnlyList<Role> Roles { get; init; } = Roles ?? [];

    public IReadOnlyList<string> OverseenDepartmentHeads { get; init; } = OverseenDepartmentHeads ?? [];

    public bool Holds(Role role) => Roles.Contains(role);
}
