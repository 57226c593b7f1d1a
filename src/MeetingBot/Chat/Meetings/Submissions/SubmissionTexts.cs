using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>What the submission commands and dialogs say, in both languages.</summary>
public static class SubmissionTexts
{
    public static readonly LocalText SubmitCommand = new(
        "提交材料：提交 学习 / 问题 / 材料 / 提纲 @成员 / 谈话 @成员 / 出席 参加（或 请假 理由）/ 上报 日期 说明 / 回头看",
        "hand in: submit study / problems / material / outline @member / talk @member / attendance yes (or no reason) / report date note / review");
    public static readonly LocalText ResumeCommand = new("继续填写已保存的草稿：继续 学习 / 问题 / 材料 / 提纲 @成员", "resume a saved draft: resume study / problems / material / outline @member");
    public static readonly LocalText MySubmissionsCommand = new("查看我提交的材料及其状态", "list what you handed in and its state");
    public static readonly LocalText ConfirmTalkCommand = new("确认对方记录的谈话：确认谈话 @成员", "confirm a talk record the other party made: confirm-talk @member");
    public static readonly LocalText DisputeTalkCommand = new("对谈话记录提出异议：异议 @成员 说明", "dispute a talk record: dispute @member note");

    public static readonly LocalText WhichKind = new(
        "请说明要提交什么：提交 学习、提交 问题、提交 材料、提交 提纲 @成员、提交 谈话 @成员、提交 出席、提交 上报、提交 回头看、提交 笔记。",
        "Say what to hand in: submit study, submit problems, submit material, submit outline @member, submit talk @member, submit attendance, submit report, submit review, submit notes.");
    public static readonly LocalText WhichPerson = new("请写明是哪位同志的{0}。您还没有完成的，发送其中一条即可开始：", "Say whom the {0} is with. Yours still open; send one to begin:");
    public static readonly LocalText NothingOwed = new("您的{0}都已提交，没有还要写的。发送“我的任务”可查看审阅进度和其他任务；要修改已提交的，发送“我的提交”。", "Your {0} are all handed in; none is left to write. Send “my tasks” for their review and your other tasks; to revise one, send “my-submissions”.");
    public static readonly LocalText NoTalkToConfirm = new("目前没有等您确认的{0}。发送“我的任务”可查看还要准备的内容。", "No {0} is waiting for your confirmation. Send “my tasks” for what is still open.");
    public static readonly LocalText TargetUnknown = new("会议名单中没有“{0}”。", "There is nobody called “{0}” in this meeting.");
    public static readonly LocalText GoPrivate = new(
        "材料内容只在私聊中收集，不会发在群里。请到与我的私聊中继续。",
        "Contents are gathered only in a private chat, never in the group. Please continue in your 1:1 chat with me.");
    public static readonly LocalText OpenPrivateChat = new(
        "我还不能主动给您发私聊消息：请先打开与我的 1:1 私聊，然后发送“{0}”。",
        "I cannot open a private chat with you yet: please open a 1:1 chat with me and send “{0}” there.");
    public static readonly LocalText StartHere = new("请在这里发送“{0}”开始填写。", "Send “{0}” here to begin.");

    public static readonly LocalText Controls = new(
        "（随时可回复“保存草稿”，或“取消”——已填写的内容会存为草稿）",
        "(Reply “save draft” at any time, or “cancel” — what you entered is kept as a draft.)");
    public static readonly LocalText Review = new(
        "请检查以上内容，回复“提交”提交，“修改”重新填写，或“保存草稿”稍后继续。",
        "Check the above, then reply “submit” to hand it in, “edit” to enter it again, or “save draft” to continue later.");
    public static readonly LocalText RequestDuringReview = new(
        "这句话像是要办另一件事（“{0}”），没有填入内容。要补充内容，请写明第几条和哪一项，例如“1 事例：……”；要先办这件事，请回复“保存草稿”，再发送这句话。",
        "That reads as another request (“{0}”), so nothing was filled in. To add to the list, say which item and part, for example “1 case: …”; to do that first, reply “save draft”, then send it again.");
    public static readonly LocalText FlagsHeading = new("预审发现以下问题（可修改后提交，也可直接提交）：", "The pre-review flags these (revise, or submit anyway):");
    public static readonly LocalText NoFlags = new("预审未发现问题。", "The pre-review found nothing to flag.");
    public static readonly LocalText Submitted = new("已提交（第 {0} 版）。", "Handed in (version {0}).");
    public static readonly LocalText CancelledDraftSaved = new(
        "已取消填写，未提交；已填写的内容保存为草稿，发送“继续 {0}”可接着填写。",
        "Cancelled; nothing was submitted. What you entered is kept as a draft: send “resume {0}” to carry on.");

    public static readonly LocalText DraftSaved = new("已保存草稿，发送“继续 {0}”可接着填写。", "Draft saved; send “resume {0}” to carry on.");
    public static readonly LocalText NothingToSave = new("还没有填写内容，未保存草稿。", "Nothing entered yet, so no draft was saved.");
    public static readonly LocalText NoDraft = new("没有可继续的草稿，请用“提交 {0}”开始。", "There is no draft to resume; start with “submit {0}”.");
    public static readonly LocalText EmptyAnswer = new("请输入内容。", "Please enter some text.");

    public static readonly LocalText StudyMaterials = new(
        "请列出已学习的材料，每行一项或用 1. 2. 3. 编号（如《党章》、中央八项规定）。",
        "List the materials you studied, one per line or numbered 1. 2. 3.");
    public static readonly LocalText NotesPoints = new(
        "请写下您的笔记：每个小标题单独一行并以冒号结尾（如“做得好的：”），其下每行一条或用 1. 2. 3. 编号。",
        "Write your notes: each heading on its own line ending with a colon (e.g. “Went well:”), its points below, one per line or numbered 1. 2. 3.");
    public static readonly LocalText MaterialProblems = new(
        "请列出查摆出的问题，每条附典型事例（用“例如”引出）；也可以直接发送 Word（.docx）或 PDF 文件代替整份材料。",
        "List the problems, each with a typical case (introduced by “e.g.”); or send a Word (.docx) or PDF file instead of the whole material.");
    public static readonly LocalText MaterialRootCauses = new("请从世界观、人生观、价值观剖析产生问题的根源。", "Give the root causes (world view, outlook on life, values).");
    // The seed's three 明确 of self-criticism, said before the pre-review has to flag them.
    public static readonly LocalText MaterialDirection = new(
        "请写明今后的努力方向，并说明落实从严管理家属子女和身边工作人员要求的情况。",
        "State the direction of your efforts, and how you keep the rule on strictly managing your family and staff.");
    public static readonly LocalText MaterialMeasures = new(
        "请逐条列出整改措施；问题清单中群众提、上级点的问题，请逐条回应并写明“回应清单第几条”，例如“回应清单第3条”。",
        "List the concrete measures, one per item; answer each problem the masses raised or the superior pointed out in your problem list, writing “re item N”.");
    public static readonly LocalText OutlinePoints = new(
        "请逐条写出对{0}的批评意见，覆盖党性强不强、工作实不实、要求严不严，每条用“例如”附具体事例。",
        "Write your points of criticism for {0}, covering party spirit, real work and strictness, each with an example after “e.g.”.");
    public static readonly LocalText TalkDate = new("与{0}谈话的日期（如 2026-11-20，或“今天”）：", "Date of the talk with {0} (e.g. 2026-11-20, or “today”):");
    public static readonly LocalText TalkMine = new("您向对方提出的意见：", "The opinions you gave the other party:");
    public static readonly LocalText TalkTheirs = new("对方向您提出的意见：", "The opinions the other party gave you:");
    public static readonly LocalText TalkSuggestions = new("双方的建议：", "Suggestions:");
    public static readonly LocalText TalkResolved = new("分歧是否已化解？（是 / 否）", "Were differences resolved? (yes / no)");
    public static readonly LocalText TalkDateInvalid = new("没看懂这个日期，请写成 2026-11-20 或“今天”。", "I could not read that date; write 2026-11-20 or “today”.");
    public static readonly LocalText TalkNoDrafts = new("谈话记录不保存草稿：请填写完后提交，或回复“取消”。", "Talk records have no drafts: finish and submit, or reply “cancel”.");
    public static readonly LocalText TalkRecorded = new("谈话记录已保存（第 {0} 版），等待{1}确认。", "Talk record saved (version {0}); waiting for {1} to confirm.");
    public static readonly LocalText TalkPartnerNotified = new("已私信通知{0}确认。", "{0} was asked privately to confirm.");
    public static readonly LocalText TalkPartnerNotReachable = new("{0}还没有与我私聊，请提醒其发送“确认谈话 @您”。", "{0} has no private chat with me yet; ask them to send “confirm-talk @you”.");
    public static readonly LocalText TalkToConfirm = new(
        "{0}记录了与您的谈话（{1}）：\n{2}\n请回复“确认谈话 @{0}”确认，或“异议 @{0} 说明”提出异议。",
        "{0} recorded your talk ({1}):\n{2}\nReply “confirm-talk @{0}” to confirm, or “dispute @{0} note” to dispute.");
    public static readonly LocalText TalkConfirmed = new("已确认与{0}的谈话记录。", "The talk record with {0} is confirmed.");
    public static readonly LocalText TalkDisputed = new("已对与{0}的谈话记录提出异议。", "You disputed the talk record with {0}.");

    public static readonly LocalText TalkConfirmedNotice = new("{0}已确认您记录的谈话（{1}）。", "{0} confirmed the talk you recorded ({1}).");

    public static readonly LocalText TalkDisputedNotice = new(
        "{0}对您记录的谈话（{1}）提出异议：{2}\n请与{0}沟通后，发送“提交 谈话 {0}”重新记录，{0}会再次确认。",
        "{0} disputed the talk you recorded ({1}): {2}\nTalk it over with {0}, then send “submit talk {0}” to record it again; {0} confirms it once more.");
    public static readonly LocalText DisputeNoteRequired = new("请在@成员后写明异议理由。", "Write the reason after the mention.");

    public static readonly LocalText AttendanceQuestion = new(
        "是否参加会议？回复“参加”，或“请假 原因”。", "Will you attend the meeting? Reply “yes”, or “no” and the reason.");
    public static readonly LocalText AttendanceInvalid = new("请回复“参加”，或“请假 原因”。", "Reply “yes”, or “no” and the reason.");
    public static readonly LocalText AttendanceYes = new("参加会议。", "Attending.");
    public static readonly LocalText AttendanceNoReasonYet = new("请假，原因还没写：请直接回复请假原因（例如：家里有事），我会补上。", "Not attending; no reason yet: reply with the reason (for example: a family matter) and I will add it.");
    public static readonly LocalText AttendanceNo = new("请假，原因：{0}", "Not attending; reason: {0}");
    public static readonly LocalText ReportDate = new(
        "向上级报告会议时间和主题的日期（如 2026-11-20，或“今天”）：", "Date the meeting's date and theme were reported upward (e.g. 2026-11-20, or “today”):");
    public static readonly LocalText ReportTo = new("报告给哪个上级组织（可附文号等说明）：", "Reported to which higher organisation (add a reference if any):");
    public static readonly LocalText ReportDateInvalid = new("没看懂这个日期，请写成 2026-11-20 或“今天”。", "I could not read that date; write 2026-11-20 or “today”.");
    public static readonly LocalText ReportSummary = new(
        "报告日期：{0}\n报告对象：{1}\n报告的会议时间：{2}\n报告的主题：{3}", "Reported on: {0}\nReported to: {1}\nMeeting date reported: {2}\nTheme reported: {3}");
    public static readonly LocalText RectificationTasks = new(
        "请逐条列出上次民主生活会的整改任务，每条格式：任务｜责任人｜已完成（整改中、未完成）｜说明；没有上次整改任务请回复“无”。会议组织者也可发送“整改 回头看”从上次会议的整改任务自动生成。",
        "List the previous meeting's rectification tasks, one item each as: task | owner | done (in progress, not done) | note; reply “none” if there were none. The secretary can also send “rectification review” to fill it from the previous meeting's tasks.");
    public static readonly LocalText MarkDone = new("已完成", "done");
    public static readonly LocalText MarkInProgress = new("整改中", "in progress");
    public static readonly LocalText MarkNotDone = new("未完成", "not done");
    public static readonly LocalText RectificationNone = new("上次没有整改任务。", "There were no previous rectification tasks.");

    public static readonly LocalText UploadTooLarge = new("文件太大，最大 {0} MB。", "The file is too large; the limit is {0} MB.");
    public static readonly LocalText UploadWrongType = new("只接受 Word（.docx）或 PDF 文件。", "Only Word (.docx) or PDF files are accepted.");
    public static readonly LocalText UploadTooLargeUnpacked = new(
        "这个 Word 文件解压后超过 {0} MB（或部件过多、结构异常），无法读取。请在 Word 中打开它，“另存为”一个新的 .docx 后重新发送，或另存为 PDF 发送。",
        "This Word file unpacks to more than {0} MB (or has too many parts, or a broken structure), so it cannot be read. Open it in Word, save it as a new .docx and send that, or send it as a PDF.");
    public static readonly LocalText UploadSourceRefused = new(
        "这个文件的地址不是本聊天渠道的附件地址（或跳转到了别处），为安全起见没有去取。请在对话框中用“上传文件”（回形针）按钮直接发送 .docx 或 .pdf 文件，不要发链接。",
        "That file's address is not one of this chat channel's attachment hosts (or it redirects elsewhere), so it was not fetched. Send the .docx or .pdf itself with the attach (paper clip) button, not a link.");
    public static readonly LocalText UploadFailed = new("没能取到这个文件，请再发一次。", "I could not fetch that file; please send it again.");
    public static readonly LocalText UploadStored = new("已收到文件“{0}”（{1} 字节），提取文字 {2} 字。", "Received “{0}” ({1} bytes); {2} characters of text extracted.");

    public static readonly LocalText MineHeading = new("我的提交：", "My submissions:");
    public static readonly LocalText MineNone = new("您还没有提交或保存任何材料。", "You have not handed in or saved anything yet.");
    public static readonly LocalText MineLine = new("{0}：{1}，{2} 个版本{3}", "{0}: {1}, {2} version(s){3}");
    public static readonly LocalText MineHasDraft = new("，另有草稿", ", with a draft");
    public static readonly LocalText MineTalkLine = new("谈话（与{0}）：{1}", "Talk (with {0}): {1}");
    public static readonly LocalText DisclosedHeading = new("已向您明示的批评提纲：", "Outlines disclosed to you:");
    public static readonly LocalText DisclosedLine = new("{0}（第 {1} 版，{2} 条）", "{0} (version {1}, {2} point(s))");
    public static readonly LocalText MineInGroup = new("个人材料只在私聊中查看，请在与我的私聊中发送“我的提交”。", "Your submissions are shown only in a private chat: send “my submissions” to me 1:1.");
}
