namespace MeetingBot.Coordination.People;

/// <summary>
/// One row of a 花名册 as read from the file, cells as text (trimmed or null): 姓名, 单位/部门, 职务, 手机号, and the
/// optional 邮箱 and 角色 (管理员/组织者), and the person's ids on channels that vouch for them (<see cref="Identities"/>:
/// kind of <see cref="IdentityKinds"/> → id, e.g. the Teams object id). <see cref="Number"/> is the row number the
/// office sees in Excel.
/// </summary>
public sealed record RosterRow(
    int Number, string? Name, string? Unit, string? Title, string? Phone, string? Email = null, string? Roles = null,
    IReadOnlyDictionary<string, string?>? Identities = null)
{
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Title)
        && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Roles)
        && (Identities ?? new Dictionary<string, string?>()).Values.All(string.IsNullOrWhiteSpace);
}
