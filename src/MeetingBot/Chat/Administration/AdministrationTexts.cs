using MeetingBot.Localization;

namespace MeetingBot.Chat.Administration;

public static class AdministrationTexts
{
    public static readonly LocalText Command = new(
        "（管理员）维护人员名录：管理员 人员 [页码]｜添加 姓名 单位 职务 手机号｜修改 姓名 单位=… 职务=… 手机号=…｜删除 姓名｜授权 姓名 组织者/管理员｜撤销 姓名 组织者/管理员｜导入（附花名册.xlsx/.csv）｜导出",
        "(administrator) keep the directory: admin people [page] | add name unit title phone | change name unit=… title=… phone=… | remove name | grant name organiser/administrator | revoke name organiser/administrator | import (roster .xlsx/.csv attached) | export");

    public static readonly LocalText PersonalOnly = new(
        "人员名录含有手机号等个人信息，管理员命令只在与我的私聊中使用。请在私聊中发送。",
        "The directory holds phone numbers and other personal data; send administrator commands to me in 1:1 chat.");

    public static readonly LocalText Usage = new(
        "管理员命令：\n- 管理员 人员 [页码]\n- 管理员 添加 姓名 单位 职务 手机号\n- 管理员 修改 姓名 单位=… 职务=… 手机号=… 邮箱=… 姓名=…\n- 管理员 删除 姓名\n- 管理员 授权 姓名 组织者（或 管理员）\n- 管理员 撤销 姓名 组织者（或 管理员）\n- 管理员 导入（把花名册.xlsx或.csv作为附件一起发送）\n- 管理员 导出\n同名人员请写 姓名（单位）。",
        "Administrator commands:\n- admin people [page]\n- admin add name unit title phone\n- admin change name unit=… title=… phone=… email=… name=…\n- admin remove name\n- admin grant name organiser (or administrator)\n- admin revoke name organiser (or administrator)\n- admin import (attach the roster .xlsx or .csv)\n- admin export\nFor people with the same name write name (unit).");

    public static readonly LocalText PeopleHeading = new("人员名录（共{0}人，第{1}/{2}页）：", "Directory ({0} people, page {1}/{2}):");

    public static readonly LocalText NextPage = new("下一页：管理员 人员 {0}", "Next page: admin people {0}");

    public static readonly LocalText NobodyYet = new("人员名录还是空的。请导入花名册（管理员 导入）或添加人员（管理员 添加）。", "The directory is empty. Import the roster (admin import) or add people (admin add).");

    public static readonly LocalText AddUsage = new(
        "请按顺序写：管理员 添加 姓名 单位 职务 手机号（用空格分隔；单位、职务、手机号可省略）。",
        "Write: admin add name unit title phone (separated by spaces; unit, title and phone may be left out).");

    public static readonly LocalText ChangeUsage = new(
        "请写明修改谁、改什么：管理员 修改 姓名 单位=… 职务=… 手机号=… 邮箱=… 姓名=… 企业微信帐号=… 钉钉账号=…",
        "Say whom to change and what: admin change name unit=… title=… phone=… email=… name=… wecom=… dingtalk=… unionid=…");

    public static readonly LocalText UnknownField = new(
        "无法识别“{0}”。可修改：姓名、单位、职务、手机号、邮箱、企业微信帐号、钉钉账号。",
        "“{0}” is unknown. You may change: name, unit, title, phone, email, wecom (the WeCom UserID), dingtalk (the DingTalk userId), unionid (DingTalk).");

    public static readonly LocalText WhoUsage = new("请写明人员：管理员 删除 姓名（同名时写 姓名（单位））。", "Say who: admin remove name (for the same name, name (unit)).");

    public static readonly LocalText RoleUsage = new(
        "请写明人员和角色：管理员 授权 姓名 组织者（或 管理员）；撤销同样写。",
        "Say who and which role: admin grant name organiser (or administrator); revoke likewise.");

    public static readonly LocalText Added = new("已添加：{0}。", "Added: {0}.");

    public static readonly LocalText Changed = new("已修改：{0}。", "Changed: {0}.");

    public static readonly LocalText Removed = new("已从名录删除：{0}。", "Removed from the directory: {0}.");

    public static readonly LocalText Granted = new("{0}现在是{1}。", "{0} is now {1}.");

    public static readonly LocalText Revoked = new("已撤销{0}的{1}权限。", "{0} is no longer {1}.");

    public static readonly LocalText ImportNoFile = new(
        "请把花名册（.xlsx或.csv）作为附件，和“管理员 导入”一起发送。列：姓名、单位/部门、职务、手机号（可选：邮箱、角色，以及企业微信、钉钉通讯录导出的帐号列）。",
        "Send the roster (.xlsx or .csv) as an attachment with “admin import”. Columns: 姓名, 单位/部门, 职务, 手机号 (optional: 邮箱, 角色, and the account columns of a WeCom or DingTalk contact export: 帐号, UserID, unionId).");

    public static readonly LocalText ImportSkipHint = new(
        "要跳过这些行、导入其余各行，请发送“管理员 导入 跳过错误行”并附上同一文件。",
        "To skip these rows and import the others, send “admin import skip” with the same file.");

    public static readonly LocalText ImportWrongType = new("花名册须为Excel（.xlsx）或CSV（.csv）文件。", "The roster must be an Excel (.xlsx) or CSV (.csv) file.");

    public static readonly LocalText ImportTooLarge = new("文件超过{0}MB，请拆分后分别导入。", "The file is larger than {0} MB; split it and import the parts.");

    public static readonly LocalText ImportFailed = new("没能取到这个文件，请重新发送。", "The file could not be fetched; please send it again.");

    public static readonly LocalText Exported = new("花名册已导出（{0}人）。链接只供你本人使用，请勿转发：", "Roster exported ({0} people). The link is for you only; do not forward it:");
}
