using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

public static class CollectiveMaterialTexts
{
    public static readonly LocalText Command = new(
        "集体对照检查材料：主要负责同志发送“集体材料 起草”逐节填写或发送 Word 文件，“传阅”征求意见，“定稿”定稿；不带内容则查看",
        "collective material: \"collective material draft\" opens the lead's section-by-section form; then circulate, finalise; alone: show it");

    public static readonly LocalText FormTitle = new("起草集体对照检查材料", "Draft the collective material");

    public static readonly LocalText FormHint = new(
        "逐节填写，每条问题或措施一行；典型事例用“例如”引出。可以分几次填写，点“保存草稿”只保存，不传阅。",
        "Fill in section by section, one problem or measure per line; introduce a typical case with “e.g.”. Save as often as you like: saving does not circulate.");

    public static readonly LocalText ProblemsLabel = new("问题（四风及其他方面，附典型事例）", "Problems (four winds and others, with typical cases)");

    public static readonly LocalText RootCausesLabel = new("根源（世界观、人生观、价值观）", "Root causes (world view, outlook on life, values)");

    public static readonly LocalText DirectionLabel = new("努力方向", "Direction of effort");

    public static readonly LocalText MeasuresLabel = new("整改措施（每条一行）", "Measures (one per line)");

    public static readonly LocalText SaveDraftButton = new("保存草稿", "Save draft");

    public static readonly LocalText DraftHow = new(
        "请在上面的表单中逐节填写后点“保存草稿”；也可以直接发送 Word（.docx）文件，或按节发送文字，例如“根源：宗旨意识淡化”（只改这一节）。发送“取消”结束。",
        "Fill in the form above section by section and press “Save draft”; or send a Word (.docx) file, or send one section as text, e.g. “Root causes: …” (only that section changes). Send “cancel” to stop.");

    public static readonly LocalText DraftWaiting = new(
        "请在表单中填写后点“保存草稿”，或发送 Word（.docx）文件，或按节发送文字（如“整改措施：…”）；发送“取消”结束起草。",
        "Fill in the form and press “Save draft”, send a Word (.docx) file, or send a section as text (e.g. “Measures: …”); send “cancel” to stop drafting.");

    public static readonly LocalText DraftInPrivate = new("集体材料请在与我的私聊中起草：在私聊中发送“集体材料 起草”。", "Draft the collective material in your 1:1 chat with me: send “collective material draft” there.");

    public static readonly LocalText CirculateCommand = new("传阅集体对照检查材料，征求班子成员意见（主要负责同志）", "circulate the collective material for comments (lead)");

    public static readonly LocalText FinaliseCommand = new("集体对照检查材料定稿（主要负责同志）", "finalise the collective material (lead)");

    public static readonly LocalText CommentCommand = new("对传阅的集体材料提意见：意见 <内容>", "comment on the circulated collective material: comment <text>");

    public static readonly LocalText NoCommentCommand = new("对传阅的集体材料表示无意见", "state you have no comment on the circulated collective material");

    public static readonly LocalText Drafted = new(
        "集体材料草稿已保存（只有你能看到）。准备好后发送“传阅”。",
        "The draft of the collective material is saved (only you can see it). Send \"circulate\" when it is ready.");

    public static readonly LocalText StillIncomplete = new("传阅前还需补充：{0}", "Before circulating it still needs: {0}");

    public static readonly LocalText Format = new(
        "发送“集体材料 起草”在表单中逐节补充；也可按行书写：“问题：…”“典型事例：…”“根源：…”“努力方向：…”“整改措施：…”（每条措施一行）。",
        "Send \"collective material draft\" to complete it section by section in the form; or write one item per line: \"Problem: …\", \"Typical case: …\", \"Root causes: …\", \"Direction: …\", \"Measure: …\" (one line per measure).");

    public static readonly LocalText Circulated = new("集体材料第{0}稿已传阅，已通知{1}位班子成员提意见。", "Version {0} of the collective material is circulated; {1} member(s) were asked for comments.");

    public static readonly LocalText CirculatedNotice = new(
        "集体对照检查材料已传阅，请发送“集体材料”查看，并回复“意见 <内容>”或“无意见”。",
        "The collective material has been circulated: send \"collective material\" to read it, then reply \"comment <text>\" or \"no comment\".");

    public static readonly LocalText Commented = new("你的意见已记录，会转给主要负责同志。", "Your comment is recorded for the lead.");

    public static readonly LocalText NoCommentRecorded = new("已记录：你对集体材料无意见。", "Recorded: you have no comment on the collective material.");

    public static readonly LocalText CommentUsage = new("请写出意见内容，例如“意见 问题查摆还不够具体”；没有意见请发送“无意见”。", "Write the comment, e.g. \"comment the problems need concrete cases\"; send \"no comment\" if you have none.");

    public static readonly LocalText Finalised = new("集体材料已定稿。", "The collective material is finalised.");

    public static readonly LocalText NoMaterial = new("集体材料尚未起草。", "The collective material has not been drafted yet.");

    public static readonly LocalText Heading = new("集体对照检查材料（{0}）", "Collective material ({0})");

    public static readonly LocalText DraftState = new("草稿", "draft");

    public static readonly LocalText VersionState = new("第{0}稿", "version {0}");

    public static readonly LocalText FinalState = new("已定稿", "final");

    public static readonly LocalText GroupOnly = new("集体材料的内容只在私聊中显示，当前状态：{0}。", "The collective material is shown only in 1:1 chat; its state: {0}.");

    public static readonly LocalText CommentsLine = new("{0}：{1}", "{0}: {1}");

    public static readonly LocalText NoCommentGiven = new("无意见", "no comment");
}
