using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>The problem list's question, its read-back and what it asks for when something is missing.</summary>
public static class ProblemFormTexts
{
    public static readonly LocalText Ask = new(
        "请列出查摆出的问题，按你习惯的写法即可，例如：\n形式主义方面：\n1. 文山会海，例如上半年组织会议二十余次（群众提）\n2. …\n"
        + "每条写清具体表现和典型事例（用“例如”引出），可注明来源；不准确的写“异议：说明”。也可以直接发送 Word（.docx）文件。\n类别：{0}\n来源：{1}（不写即为自己找）",
        "List your problems the way you would write them, e.g.:\nFormalism:\n1. Too many meetings, e.g. twenty meetings in six months (Raised by the masses)\n2. …\n"
        + "Give each its manifestation and a typical case (after “e.g.”), and its source if you like; write “disputed: note” for one that is not accurate. You may also send a Word (.docx) file.\nCategories: {0}\nSources: {1} (none given means found by oneself)");

    public static readonly LocalText Item = new("类别：{0}；表现：{1}；事例：{2}；来源：{3}；{4}", "category: {0}; manifestation: {1}; typical case: {2}; source: {3}; {4}");

    public static readonly LocalText Acknowledged = new("认账", "acknowledged");

    public static readonly LocalText Disputed = new("异议：{0}", "disputed: {0}");

    public static readonly LocalText Blank = new("（待补充）", "(missing)");

    public static readonly LocalText Understood = new("问题清单（共{0}条）：", "Problem list ({0} item(s)):");

    public static readonly LocalText StillMissing = new("还需补充（直接回复即可，一条一行）：", "Still missing (just reply, one fix per line):");

    public static readonly LocalText MayAdd = new("可以补充（不补也可提交）：", "You may add (not required to hand in):");

    public static readonly LocalText MissingCategory = new("第{0}条属于哪一类？例如回复“{0} {1}”", "Which category is item {0}? e.g. reply “{0} {1}”");

    public static readonly LocalText UnknownCategory = new(
        "第{0}条的类别“{1}”不在本次的类别中（{2}），例如回复“{0} {3}”",
        "Item {0}: the category “{1}” is not one of this meeting's ({2}); e.g. reply “{0} {3}”");

    public static readonly LocalText MissingManifestation = new("第{0}条的具体表现，例如回复“{0} 表现：…”", "Item {0}'s manifestation, e.g. reply “{0} manifestation: …”");

    public static readonly LocalText MissingCase = new("第{0}条的典型事例，例如回复“{0} 事例：…”", "A typical case for item {0}, e.g. reply “{0} case: …”");

    public static readonly LocalText UnknownSource = new("第{0}条的来源“{1}”不在本次的来源中（{2}），例如回复“{0} 来源：{3}”", "Item {0}: the source “{1}” is not one of ({2}); e.g. reply “{0} source: {3}”");

    public static readonly LocalText MissingDisputeNote = new("第{0}条标为异议，请说明哪里不准确，例如回复“{0} 异议：…”", "Item {0} is disputed: say what is not accurate, e.g. reply “{0} disputed: …”");

    public static readonly LocalText NothingRead = new("没有读到问题。请至少写一条，例如“形式主义方面：1. 文山会海，例如上半年开会二十余次”。", "No problems were read. Write at least one, e.g. “Formalism: 1. Too many meetings, e.g. twenty in six months”.");

    public static readonly LocalText NoTextInFile = new("这个文件读不出文字。请发送 Word（.docx）文件，或直接输入问题清单。", "No text could be read from this file. Send a Word (.docx) file, or type the problem list.");
}
