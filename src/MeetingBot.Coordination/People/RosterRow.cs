namespace MeetingBot.Coordination.People;

/// <summary>
/// One row of a 花名册 as read from the file, cells as text (trimmed or null): 姓名, 单位/部门, 职务, 手机号, and the
/// optional 邮箱 and 角色 (管理员/组织者). <see cref="Number"/> is the row number the office sees in Excel.
/// </summary>
public sealed record RosterRow(int Number, string? Name, string? Unit, string? Title, string? Phone, string? Email = null, string? Roles = null)
{
    /// <summary>The platform ids of the row (企业微信帐号, 钉钉 userId/unionId columns of a contact export), non-empty cells only.</summary>
    public IReadOnlyList<ChannelIdentity> PlatformIds { get; init; } = [];

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Title)
        && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Roles) && PlatformIds.Count == 0;

    // Two rows are the same when their cells are, platform ids compared by content (a list compares by reference).
    public bool Equals(RosterRow? other) =>
        other is not null && Number == other.Number && Name == other.Name && Unit == other.Unit && Title == other.Title && Phone == other.Phone
        && Email == other.Email && Roles == other.Roles && PlatformIds.SequenceEqual(other.PlatformIds);

    public override int GetHashCode() => HashCode.Combine(Number, Name, Unit, Title, Phone, Email, Roles, PlatformIds.Count);
}
