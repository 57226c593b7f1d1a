using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>What revising a returned item says, in both languages.</summary>
public static class RevisionTexts
{
    public static readonly LocalText Command = new(
        "修改被退回的材料（在上一稿上逐点修改）：修改 / 修改 提纲7 / 修改提纲 @成员",
        "revise a returned item, point by point on its last version: revise / revise outline7 / revise outline @member");

    public static readonly LocalText Opened = new("修改{0}（上一稿为第 {1} 稿）", "Revising {0} (last version: {1})");
    public static readonly LocalText ReturnComment = new("退回意见（{0}）：{1}", "Returned with the comment ({0}): {1}");
    public static readonly LocalText LastVersion = new("上一稿内容：", "The last version:");
    public static readonly LocalText Working = new("当前内容：", "As it stands now:");
    public static readonly LocalText FromDraft = new("（接着上次保存的修改稿）", "(carrying on from the revision you saved)");

    public static readonly LocalText HowToEdit = new(
        "只改需要改的地方，其余保持不变：\n- “第2点 新内容”：替换第2点\n- “增加 新内容”：增加一点\n- “删除 第2点”：删去第2点\n改好后回复“提交”重新提交，“保存草稿”稍后再改，“取消”放弃（已改的内容存为草稿）。",
        "Change only what needs changing; the rest stays as it is:\n- “point 2 new text”: replaces point 2\n- “add new text”: adds a point\n- “delete point 2”: drops point 2\nThen reply “submit” to hand it in again, “save draft” to finish later, or “cancel” (your changes are kept as a draft).");

    public static readonly LocalText HowToEditParts = new(
        "只改需要改的地方，其余保持不变。本材料分为：{0}\n- “第1部分第2点 新内容”：替换该部分的第2点\n- “第2部分 新内容”：重写整个部分\n- “增加 第4部分 新内容”：在该部分增加一点\n- “删除 第4部分第2点”：删去一点\n改好后回复“提交”重新提交，“保存草稿”稍后再改，“取消”放弃（已改的内容存为草稿）。",
        "Change only what needs changing; the rest stays as it is. The parts are: {0}\n- “part 1 point 2 new text”: replaces point 2 of that part\n- “part 2 new text”: rewrites the whole part\n- “add part 4 new text”: adds a point to that part\n- “delete part 4 point 2”: drops a point\nThen reply “submit” to hand it in again, “save draft” to finish later, or “cancel” (your changes are kept as a draft).");

    public static readonly LocalText MaterialParts = new("第1部分 问题；第2部分 根源；第3部分 努力方向；第4部分 整改措施", "part 1 problems; part 2 root causes; part 3 direction; part 4 measures");

    public static readonly LocalText Replaced = new("已修改第 {0} 点。", "Point {0} changed.");
    public static readonly LocalText ReplacedPart = new("已重写第 {0} 部分。", "Part {0} rewritten.");
    public static readonly LocalText Added = new("已增加第 {0} 点。", "Point {0} added.");
    public static readonly LocalText Removed = new("已删去原第 {0} 点。", "Point {0} dropped.");
    public static readonly LocalText WhichPart = new(
        "请写明第几部分，例如“第1部分第2点 新内容”或“第2部分 新内容”。",
        "Please name the part, e.g. “part 1 point 2 new text” or “part 2 new text”.");
    public static readonly LocalText NotUnderstood = new(
        "没有看懂要改哪里。请写“第2点 新内容”“增加 新内容”或“删除 第2点”；改好后回复“提交”。",
        "I could not tell what to change. Write “point 2 new text”, “add new text” or “delete point 2”; then reply “submit”.");
    public static readonly LocalText NothingChanged = new(
        "还没有修改任何内容。请先改需要改的地方（例如“第2点 新内容”），再回复“提交”。",
        "Nothing has changed yet. Change what needs changing first (e.g. “point 2 new text”), then reply “submit”.");
    public static readonly LocalText Cancelled = new("已取消修改，未提交。", "Revision cancelled; nothing was handed in.");

    public static readonly LocalText NoneReturned = new(
        "目前没有退回给您修改的材料。发送“我的提交”查看各项材料的状态。",
        "Nothing has been returned to you for revision. Send “my submissions” to see where each item stands.");
    public static readonly LocalText Choose = new("有 {0} 份材料可以修改，请选择一份：", "{0} items can be revised; choose one:");
    public static readonly LocalText ChooseLine = new("{0}：发送“{1}”", "{0}: send “{1}”");
    public static readonly LocalText NotFound = new(
        "没有找到您要修改的这份材料。发送“我的提交”查看您提交的材料及其编号。",
        "I found no such item of yours. Send “my submissions” to see your items and their references.");
    public static readonly LocalText RetypeInstead = new(
        "这项内容不分条，请直接重新提交：发送“提交 {0}”。",
        "This has no points to change one by one: hand it in again with “submit {0}”.");
    public static readonly LocalText InGroup = new(
        "修改只在私聊中进行，不会在群里显示内容。请在与我的私聊中发送“{0}”。",
        "Revising happens only in a private chat, never in the group. Send “{0}” to me 1:1.");

    public static readonly LocalText Next = new(
        "接着修改，或回复“提交”重新提交、“保存草稿”稍后再改。",
        "Change more, or reply “submit” to hand it in again, or “save draft” to finish later.");
    public static readonly LocalText DraftKept = new("已保存修改稿，未提交。发送“修改 {0}”可接着修改。", "Your revision is saved, not handed in. Send “revise {0}” to carry on.");
    public static readonly LocalText CancelledKept = new(
        "已取消，未提交；已改的内容保存为修改稿，发送“修改 {0}”可接着修改。",
        "Cancelled; nothing was handed in. Your changes are kept: send “revise {0}” to carry on.");
    public static readonly LocalText CardHeading = new("在这里直接修改（只改需要改的行，编号不要动）：", "Edit here directly (change only the lines that need it; keep the numbers):");
    public static readonly LocalText CardApply = new("保存修改", "apply changes");
}
