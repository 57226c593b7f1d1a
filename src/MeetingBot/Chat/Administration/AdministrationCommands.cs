using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Administration;

/// <summary><c>管理员 …</c> / <c>admin …</c>: one command word, then what to do (人员, 添加, 修改, 删除, 授权, 撤销, 导入, 导出).</summary>
public static class AdministrationCommands
{
    public static readonly ChatCommand Administration = new("directory.administration", ["管理员"], ["admin"], AdministrationTexts.Command,
        ArgumentShape.Keywords(new LocalText("添加 张三 党政办 科员 13800000000", "add Zhang San Office Clerk 13800000000"), Actions()));

    /// <summary>What may follow 管理员: one action word, then its details (人员 and 导出 take none, 导入 a word at most).</summary>
    private static Dictionary<string, ArgumentShape> Actions()
    {
        var details = ArgumentShape.Text(new LocalText("张三", "Zhang San"));
        var actions = new Dictionary<string, ArgumentShape>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in (string[])["人员", "名录", "people", "list"])
        {
            actions[word] = ArgumentShape.Number(new LocalText("2", "2")).OrNothing();
        }

        foreach (var word in (string[])["导出", "export"])
        {
            actions[word] = ArgumentShape.None;
        }

        foreach (var word in (string[])["导入", "import"])
        {
            actions[word] = details.OrNothing();
        }

        foreach (var word in (string[])["添加", "新增", "add", "修改", "change", "update", "授权", "grant", "撤销", "revoke", "删除", "remove"])
        {
            actions[word] = details;
        }

        return actions;
    }

    /// <summary>The argument of 导入 that imports the good rows and skips the refused ones.</summary>
    public static readonly IReadOnlyList<string> SkipBadRows = ["跳过错误行", "skip"];
}
