using MeetingBot.Coordination.People;

namespace MeetingBot.People.Roster;

/// <summary>
/// The columns of a 花名册 and the headers offices write for them (单位 or 部门 or 单位/部门; 手机号 or 手机 or 联系电话).
/// Exports write the first name of each; imports find the header row by its 姓名 cell. The platform account columns
/// take the names the platforms' contact exports use: WeCom's console calls the member's UserID 帐号 (账号); DingTalk's
/// member id is its userId (UserID), beside the unionId. A bare UserID column is read as DingTalk's, as WeCom's export
/// names that column 帐号 (no published DingTalk export header list was found to confirm its exact spelling).
/// </summary>
public static class RosterColumns
{
    public const string Name = "姓名";
    public const string Unit = "单位/部门";
    public const string Title = "职务";
    public const string Phone = "手机号";
    public const string Email = "邮箱";
    public const string Roles = "角色";

    /// <summary>The person's Microsoft Entra object id (Teams), as the Entra admin center's user export names it.</summary>
    public const string TeamsObjectId = "Teams对象ID";

    /// <summary>The member's WeCom UserID (the admin console's 帐号).</summary>
    public const string WeCom = "企业微信帐号";

    /// <summary>The member's DingTalk userId (staffId).</summary>
    public const string DingTalk = "钉钉UserID";

    /// <summary>The member's DingTalk unionId.</summary>
    public const string DingTalkUnion = "钉钉unionId";

    public static readonly IReadOnlyList<string> Exported = [Name, Unit, Title, Phone, Email, Roles, TeamsObjectId, WeCom, DingTalk, DingTalkUnion];

    /// <summary>The identity columns: which channel's id each holds (<see cref="IdentityKinds"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> IdentityColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TeamsObjectId] = IdentityKinds.TeamsAadObjectId,
        [WeCom] = IdentityKinds.WeCom,
        [DingTalk] = IdentityKinds.DingTalk,
        [DingTalkUnion] = IdentityKinds.DingTalkUnionId,
    };

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["姓名"] = Name, ["名字"] = Name, ["name"] = Name,
        ["单位/部门"] = Unit, ["单位／部门"] = Unit, ["单位"] = Unit, ["单位路径"] = Unit, ["所在单位"] = Unit, ["部门"] = Unit, ["单位部门"] = Unit, ["unit"] = Unit, ["department"] = Unit,
        ["职务"] = Title, ["职位"] = Title, ["title"] = Title,
        ["手机号"] = Phone, ["手机"] = Phone, ["手机号码"] = Phone, ["电话"] = Phone, ["联系电话"] = Phone, ["phone"] = Phone,
        ["邮箱"] = Email, ["电子邮箱"] = Email, ["email"] = Email, ["e-mail"] = Email,
        ["角色"] = Roles, ["role"] = Roles, ["roles"] = Roles,
        ["Teams对象ID"] = TeamsObjectId, ["TeamsID"] = TeamsObjectId, ["对象ID"] = TeamsObjectId, ["ObjectId"] = TeamsObjectId,
        ["企业微信帐号"] = WeCom, ["企业微信账号"] = WeCom, ["帐号"] = WeCom, ["账号"] = WeCom, ["企业微信UserID"] = WeCom, ["wecomuserid"] = WeCom,
        ["钉钉UserID"] = DingTalk, ["UserID"] = DingTalk, ["员工UserID"] = DingTalk, ["钉钉账号"] = DingTalk, ["钉钉帐号"] = DingTalk, ["dingtalkuserid"] = DingTalk,
        ["钉钉unionId"] = DingTalkUnion, ["unionId"] = DingTalkUnion, ["dingtalkunionid"] = DingTalkUnion,
    };

    /// <returns>The column a header cell names, or null.</returns>
    public static string? Of(string? header) =>
        header is null ? null : Headers.GetValueOrDefault(new string([.. header.Where(c => !char.IsWhiteSpace(c))]));

    /// <summary>A person as the cells of an exported row, in <see cref="Exported"/> order.</summary>
    public static string[] CellsOf(DirectoryPerson person) =>
    [
        person.Name, person.Unit ?? string.Empty, person.Title ?? string.Empty, person.Phone ?? string.Empty, person.Email ?? string.Empty,
        string.Join("、", person.Roles.Select(OrganisationRoleNames.Chinese)),
        person.IdentityOn(IdentityKinds.TeamsAadObjectId) ?? string.Empty,
        person.IdentityOn(IdentityKinds.WeCom) ?? string.Empty, person.IdentityOn(IdentityKinds.DingTalk) ?? string.Empty,
        person.IdentityOn(IdentityKinds.DingTalkUnionId) ?? string.Empty,
    ];
}
