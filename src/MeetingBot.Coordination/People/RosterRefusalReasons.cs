using System.Globalization;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.People;

/// <summary>Why a roster row was refused: stable codes, each with its wording (<c>{detail}</c> is the cell or the other row).</summary>
public static class RosterRefusalReasons
{
    public const string EmptyName = "roster.empty-name";
    public const string MalformedPhone = "roster.malformed-phone";
    public const string DuplicatePhoneInFile = "roster.duplicate-phone-in-file";
    public const string DuplicatePhoneInDirectory = "roster.duplicate-phone-in-directory";
    public const string UnknownUnit = "roster.unknown-unit";
    public const string DuplicateRow = "roster.duplicate-row";
    public const string UnknownRole = "roster.unknown-role";
    public const string MalformedEmail = "roster.malformed-email";
    public const string AmbiguousPerson = "roster.ambiguous-person";
    public const string DuplicateIdentityInFile = "roster.duplicate-identity-in-file";
    public const string DuplicateIdentityInDirectory = "roster.duplicate-identity-in-directory";

    private static readonly Dictionary<string, BilingualText> Texts = new(StringComparer.Ordinal)
    {
        [EmptyName] = new("姓名为空", "the name is empty"),
        [MalformedPhone] = new("手机号“{detail}”格式不正确（手机为1开头的11位数字，座机请带区号，如010-12345678）", "phone “{detail}” is malformed (a mobile has 11 digits starting with 1; a landline needs its area code, e.g. 010-12345678)"),
        [DuplicatePhoneInFile] = new("手机号与第{detail}行重复", "the phone repeats row {detail}"),
        [DuplicatePhoneInDirectory] = new("手机号已属于名录中的{detail}", "the phone already belongs to {detail} in the directory"),
        [UnknownUnit] = new("单位/部门“{detail}”不在已配置的单位中", "unit “{detail}” is not one of the configured units"),
        [DuplicateRow] = new("与第{detail}行是同一人（姓名和单位相同）", "the same person as row {detail} (same name and unit)"),
        [UnknownRole] = new("角色“{detail}”无法识别（可填：管理员、组织者、上级党委）", "role “{detail}” is unknown (use 管理员, 组织者 or 上级党委)"),
        [MalformedEmail] = new("邮箱“{detail}”格式不正确", "e-mail “{detail}” is malformed"),
        [AmbiguousPerson] = new("名录中有多位同名同单位的人员：{detail}", "several people in the directory have this name and unit: {detail}"),
        [DuplicateIdentityInFile] = new("平台账号与第{detail}行重复", "the account id repeats row {detail}"),
        [DuplicateIdentityInDirectory] = new("平台账号已属于名录中的{detail}", "the account id already belongs to {detail} in the directory"),
    };

    public static bool Covers(string reason) => Texts.ContainsKey(reason);

    public static BilingualText TextOf(RosterRefusal refusal)
    {
        var text = Texts[refusal.Reason].With("detail", refusal.Detail);
        var row = refusal.Row.ToString(CultureInfo.InvariantCulture);
        return new BilingualText($"第{row}行：{text.ZhCn}", $"Row {row}: {text.En}");
    }
}
