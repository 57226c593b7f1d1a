namespace MeetingBot.Chat.Administration;

/// <summary><c>管理员 …</c> / <c>admin …</c>: one command word, then what to do (人员, 添加, 修改, 删除, 授权, 撤销, 导入, 导出).</summary>
public static class AdministrationCommands
{
    public static readonly ChatCommand Administration = new("directory.administration", ["管理员"], ["admin"], AdministrationTexts.Command);

    /// <summary>The argument of 导入 that imports the good rows and skips the refused ones.</summary>
    public static readonly IReadOnlyList<string> SkipBadRows = ["跳过错误行", "skip"];
}
