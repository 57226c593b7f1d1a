using MeetingBot.Localization;

namespace MeetingBot.People.Roster;

public static class RosterTexts
{
    public static readonly LocalText Imported = new(
        "花名册已导入：新增{0}人，更新{1}人，{2}人无变化。",
        "Roster imported: {0} added, {1} updated, {2} unchanged.");

    public static readonly LocalText SkippedRows = new("以下{0}行未导入：", "These {0} row(s) were not imported:");

    public static readonly LocalText RefusedRows = new("不能导入的行：", "Rows that cannot be imported:");

    public static readonly LocalText NoHeader = new(
        "没有找到表头。花名册第一行（或标题下的一行）应有列：姓名、单位/部门、职务、手机号（可选：邮箱、角色）。",
        "No header row found. The roster's first row (or the one under a title) must name the columns 姓名, 单位/部门, 职务, 手机号 (optional: 邮箱, 角色).");

    public static readonly LocalText Unreadable = new(
        "无法读取这个文件。请发送Excel（.xlsx）或CSV（.csv）格式的花名册。",
        "This file cannot be read. Send the roster as an Excel (.xlsx) or CSV (.csv) file.");
}
