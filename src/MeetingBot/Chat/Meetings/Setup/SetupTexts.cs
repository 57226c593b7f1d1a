using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>Everything the setup feature says, in both languages.</summary>
public static class SetupTexts
{
    public static readonly LocalText NewMeetingCommand = new("新建会议（组织者）", "set up a meeting (secretary)");
    public static readonly LocalText ChangePlaceCommand = new("改地点 <地点>：更改会议地点（时间和截止时间不变）", "change place <place>: move the meeting to another place (time and deadlines stay)");
    public static readonly LocalText PlaceChanged = new("会议地点已改为：{0}。", "The meeting's place is now: {0}.");
    public static readonly LocalText RescheduleCommand = new("改期 <日期时间>：会议改期，所有截止时间随之调整", "reschedule <date and time>: move the meeting and every deadline");
    public static readonly LocalText CancelCommand = new("取消会议 <原因>：取消当前会议", "cancel meeting <reason>: cancel the current meeting");
    public static readonly LocalText AddMemberCommand = new("添加成员 @某人：把班子成员加入会议", "add member @someone: add a team member");
    public static readonly LocalText ChangeRolesCommand = new(
        "更改角色 @某人 成员|部门负责人|督导|秘书：设定某人在本次会议中的角色",
        "change roles @someone member|head|supervisor|secretary: set someone's roles in this meeting");

    public static readonly LocalText TransferLeadCommand = new("移交主持 @某人：把主要负责同志的角色交给某人", "transfer lead @someone: hand the lead role to someone");

    public static readonly LocalText RolesUsage = new(
        "请写明角色，例如：更改角色 @张伟 成员 部门负责人（可选：成员、部门负责人、督导、秘书、主持；移交主持人请用“移交主持”）。",
        "Name the roles, e.g. change roles @Zhang member head (member, head, supervisor, secretary, lead; use \"transfer lead\" to hand the lead over).");

    public static readonly LocalText RolesChanged = new("已更新 {0} 的角色：{1}。", "{0} now holds: {1}.");

    public static readonly LocalText LeadTransferred = new("{0} 现为主要负责同志。", "{0} is now the lead.");

    public static readonly LocalText RemoveMemberCommand = new("移除成员 @某人：把某人移出会议", "remove member @someone: remove someone from the meeting");
    public static readonly LocalText TalkPlanCommand = new("谈话方案：查看谈心谈话配对和覆盖情况；谈话方案 添加/删除 @甲 @乙", "talk plan: the talk pairs and coverage; talk plan add/drop @a @b");
    public static readonly LocalText AuditCommand = new("审计：查看最近的变更记录（组织者）", "audit: the latest changes (secretary)");

    public static readonly LocalText AnswerWithMention = new(
        "接下来有十个左右的问题，请在本群回答。每次回答请先@我；团队所有者为本应用同意了“读取本群消息”的权限后，直接回答即可。中途发送“取消”可退出。",
        "About ten questions follow; answer them here. Start each answer with an @mention of me; once the team's owner has consented to this app reading the group's messages, just answer. Send \"cancel\" to stop.");

    public static readonly LocalText ContinuesPrivately = new(
        "新建会议的十个左右问题，我将在与您的私聊中逐一询问，请到私聊中回答；会议建好后仍归属本群，并在本群通告。",
        "I will ask the ten or so questions of the new meeting in your private chat with me; please answer them there. The meeting will still belong to this group and be announced here.");

    public static readonly LocalText PrivateChatUnavailable = new(
        "无法与您私聊：您尚未在 Teams 中添加本应用（或本单位不允许应用主动发起私聊）。可在 Teams 的“应用”中找到本应用并点击“添加”，或直接给我发一条私信，之后在本群重新发送“新建会议”即可改在私聊中回答。这次请在本群回答。",
        "I cannot open a private chat with you: you have not added this app in Teams (or your organisation does not let apps start one). Find the app under Apps in Teams and choose Add, or send me a private message; then send \"new meeting\" here again to answer privately. This time, please answer here.");

    public static readonly LocalText PrivateChatBusy = new(
        "您在与我的私聊中还有一项未完成的操作。请先在私聊中完成，或发送“取消”，然后在群里重新发送“新建会议”。",
        "You have something unfinished in your private chat with me. Finish it there or send \"cancel\", then send \"new meeting\" in the group again.");

    public static readonly LocalText AskTemplate = new("请选择会议类型：", "Which kind of meeting?");
    public static readonly LocalText RetryTemplate = new("请回复序号或名称选择会议类型。", "Please reply with the number or name of a kind of meeting.");
    public static readonly LocalText AskTheme = new("会议主题是什么？", "What is the meeting's theme?");
    public static readonly LocalText AskWhen = new("会议在什么时间召开？例如：2026年12月20日 上午9点", "When does the meeting start? For example: December 20, 2026 9:00 am");
    public static readonly LocalText RetryWhen = new("没有看懂这个时间。请写日期和时间，例如：2026年12月20日 上午9点", "I could not read that time. Please give a date and time, for example: December 20, 2026 9:00 am");
    public static readonly LocalText WhenInThePast = new("这个时间已经过去了。请给出将来的时间，例如：2026年12月20日 上午9点", "That time has passed. Please give a future time, for example: December 20, 2026 9:00 am");
    public static readonly LocalText WhenAmbiguous = new("这个时间不够明确（上午还是下午？）。请写清楚，例如：2026年12月20日 下午3点 或 15:00", "That time is ambiguous (morning or afternoon?). Please be precise, for example: December 20, 2026 3:00 pm or 15:00");
    public static readonly LocalText WhenNeedsTime = new("请同时写出几点开始，例如：2026年12月20日 上午9点", "Please include the start time as well, for example: December 20, 2026 9:00 am");
    public static readonly LocalText AskPlace = new("会议地点在哪里？", "Where is the meeting held?");
    public static readonly LocalText AskZone = new("会议时间按北京时间计算吗？回复“默认”或“北京时间”即可（在境外召开的会议，请写所在地的时区名）。", "Which time zone? Reply \"default\" for Beijing time, or give a zone name (such as Europe/London).");
    public static readonly LocalText RetryZone = new("不认识这个时区。请回复“默认”或“北京时间”；在境外召开的会议，请写所在地的标准时区名。", "I do not know that time zone. Reply \"default\", or give a zone name such as Europe/London.");
    public static readonly LocalText AskLead = new("请 @ 主要负责同志（一人）；在网页聊天中输入其姓名。", "Please @mention the lead (one person); in the web chat, type their name.");
    public static readonly LocalText RetryLead = new("请 @ 一个人作为主要负责同志（网页聊天中输入一个姓名），例如：@王书记", "Please @mention exactly one person as the lead (in the web chat, type one name), for example: @Wang");
    public static readonly LocalText AskMembers = new("请 @ 班子成员（网页聊天中输入姓名，用“、”分隔），或回复“全体”选择本会话的所有成员。", "Please @mention the team members (in the web chat, type their names separated by commas), or reply \"everyone\" for everyone in this conversation.");
    public static readonly LocalText RetryMembers = new("请 @ 班子成员（网页聊天中输入姓名，用“、”分隔，例如：张三、李四），或回复“全体”。", "Please @mention the team members (in the web chat, type their names, for example: Fay, Sam), or reply \"everyone\".");
    public static readonly LocalText RosterUnavailable = new("这里无法读取会话成员名单，请直接 @ 班子成员。", "I cannot read this conversation's members here; please @mention the team members.");
    public static readonly LocalText AskDepartmentHeads = new("各成员分管部门的负责同志：请按“@成员 @部门负责人”成对 @，可多对，例如：@张三 @刘处长 @李四 @王主任；没有请回复“跳过”。", "Heads of the departments each member oversees: @mention them in pairs \"@member @head\", as many pairs as needed, for example: @Fay @Kim @Sam @Lee; reply \"skip\" if none.");
    public static readonly LocalText RetryDepartmentHeads = new("请成对 @（先成员、后部门负责人），例如：@张三 @刘处长；或回复“跳过”。", "Please @mention pairs (member first, then head), for example: @Fay @Kim; or reply \"skip\".");
    public static readonly LocalText HeadsNotInPairs = new(
        "收到 {0} 人，无法两两配对。请按“成员、部门负责人”的顺序成对填写，例如：@张三 @刘处长 @李四 @王主任（张三分管刘处长所在部门，李四分管王主任所在部门）；没有请回复“跳过”。",
        "That names {0} people, which do not make pairs. Name them in pairs, the member first and then the head he oversees, for example: @Fay @Kim @Sam @Lee; reply \"skip\" if none.");
    public static readonly LocalText AskSupervisors = new("请 @ 督导组成员；没有请回复“跳过”。", "Please @mention the supervisors; reply \"skip\" if none.");
    public static readonly LocalText RetryOptionalPeople = new("请 @ 相关人员（网页聊天中输入姓名），例如：@赵组长；或回复“跳过”。", "Please @mention them (in the web chat, type their names), for example: @Kim; or reply \"skip\".");
    public static readonly LocalText FixThisAnswer = new("请重新回答下面这一项，其余回答都已保留。", "Please answer the question below again; every other answer is kept.");
    public static readonly LocalText GaveUp = new("没能完成会议设置，没有保存任何内容。可以随时发送“新建会议”重新开始。", "The meeting was not set up and nothing was saved. Send \"new meeting\" to start again.");

    public static readonly LocalText PlanHeading = new("会议方案：{0}（{1}）", "Meeting plan: {0} ({1})");
    public static readonly LocalText PlanWhenWhere = new("时间：{0}（{1}）  地点：{2}", "When: {0} ({1})  Where: {2}");
    public static readonly LocalText PlanPeopleHeading = new("参加人员：", "People:");
    public static readonly LocalText PlanLead = new("- 主要负责同志：{0}", "- Lead: {0}");
    public static readonly LocalText PlanMembers = new("- 班子成员：{0}", "- Team members: {0}");
    public static readonly LocalText PlanDepartmentHeads = new("- 分管部门负责同志：{0}", "- Department heads: {0}");
    public static readonly LocalText PlanSupervisors = new("- 督导组：{0}", "- Supervisors: {0}");
    public static readonly LocalText PlanNobody = new("无", "none");
    public static readonly LocalText PlanDeadlineLine = new("- {0}：{1}", "- {0}: {1}");
    public static readonly LocalText PlanOtherDeliverable = new("其他材料", "other item");
    public static readonly LocalText PlanDeadlines = new("各项截止时间：", "Deadlines:");
    public static readonly LocalText AskConfirm = new("确认按以上方案创建会议吗？（回复“返回”可修改上一项）", "Create the meeting as planned above? (Reply \"back\" to change the last answer.)");
    public static readonly LocalText NotCreated = new("好的，会议没有创建。", "All right, the meeting was not created.");

    public static readonly LocalText Announcement = new("已创建会议：{0}，{1}（{2}）在 {3} 召开。每个人会私聊收到自己的任务清单。", "Meeting set up: {0}, on {1} ({2}) at {3}. Everyone gets their own list of what is due in a private chat.");
    public static readonly LocalText PersonalHeading = new("您在会议“{0}”（{1}）中的任务：", "Your tasks for the meeting \"{0}\" ({1}):");
    public static readonly LocalText PersonalNothing = new("目前没有需要您提交的内容。", "Nothing is due from you for now.");
    public static readonly LocalText PersonalLine = new("- {0}{1}：{2} 前", "- {0}{1}: by {2}");
    public static readonly LocalText WithWhom = new("（{0}）", " ({0})");
    public static readonly LocalText UnreachableInWebChat = new(
        "以下人员还没有打开网页聊天，暂时收不到任务清单：{0}。请发送“邀请链接”，把各人的链接只发给本人；他们打开链接即可看到自己的任务。",
        "These people have not opened the web chat yet, so their lists wait: {0}. Send \"invite links\" and give each person only their own link; opening it shows their tasks.");
    public static readonly LocalText Unreachable = new("以下人员还没有和我私聊过，无法发送任务清单，请提醒他们先私聊我：{0}", "These people have not chatted with me privately yet, so they did not get their list; ask them to message me: {0}");

    public static readonly LocalText NoMeeting = new("这里还没有会议。组织者可以发送“新建会议”创建。", "There is no meeting here yet. The secretary can send \"new meeting\" to set one up.");
    public static readonly LocalText TemplateMissing = new("这个会议的模板已不可用，请联系管理员。", "This meeting's template is no longer available; please tell your administrator.");
    public static readonly LocalText RescheduleUsage = new("请写新的日期和时间，例如：改期 2026年12月22日 上午9点；或写推迟、提前几天，例如：改期 推迟一周", "Please give the new date and time, for example: reschedule December 22, 2026 9:00 am; or how far to move it, for example: reschedule 1 week later");
    public static readonly LocalText Rescheduled = new("会议已改期到 {0}（{1}），所有截止时间已随之调整。", "The meeting moved to {0} ({1}); every deadline moved with it.");
    public static readonly LocalText NoReason = new("（未写原因）", "(no reason given)");
    public static readonly LocalText CancelledMeeting = new("会议“{0}”已取消。", "The meeting \"{0}\" is cancelled.");
    public static readonly LocalText MentionSomeone = new("请在命令后 @ 一个人（网页聊天中写姓名），例如：添加成员 @张三", "Please @mention someone after the command (in the web chat, write the name), for example: add member @Alex");
    public static readonly LocalText WhichPerson = new("人员名录中有 {1} 位“{0}”，请回复序号，或写明 姓名（单位）：\n{2}", "The directory has {1} people named \"{0}\". Reply with a number, or write the name with the unit, like Name (Unit):\n{2}");
    public static readonly LocalText WhichPersonAgain = new("没有对应的人。请回复列表中的序号（1–{0}），或写明 姓名（单位）。", "That matches none of them. Reply with a number from the list (1–{0}), or write the name with the unit.");
    public static readonly LocalText SameNameInCommand = new("人员名录中有 {1} 位“{0}”，请在命令后写明 姓名（单位）：\n{2}", "The directory has {1} people named \"{0}\"; write the name with the unit after the command, like Name (Unit):\n{2}");
    public static readonly LocalText CandidateLine = new("{0}. {1}", "{0}. {1}");
    public static readonly LocalText MemberAdded = new("已把 {0} 作为班子成员加入会议。", "{0} joined the meeting as a team member.");
    public static readonly LocalText MemberRemoved = new("已把 {0} 移出会议。", "{0} was removed from the meeting.");

    public static readonly LocalText TalkPlanHeading = new("谈心谈话方案：{0}（共 {1} 对，已确认 {2} 对）", "Talk plan: {0} ({1} pairs, {2} confirmed)");
    public static readonly LocalText CoverageRowTitle = new("{0}．{1}", "{0}) {1}");
    public static readonly LocalText CoverageRow = new("{0}：{1}", "{0}: {1}");
    public static readonly LocalText CoverageColumns = new("每行的标记依次对应第1至第{0}位同志。", "Each row's marks follow people 1 to {0} in order.");

    public static readonly LocalText CoverageHeading = new("覆盖情况（●已确认 ◐已记录 ○待谈 ✕有异议 ·不需要）：", "Coverage (● confirmed ◐ recorded ○ planned ✕ disputed · not needed):");
    public static readonly LocalText RuleLeadWithMember = new("主要负责同志与成员", "lead with member");
    public static readonly LocalText RuleMembersWithEachOther = new("成员之间", "members with each other");
    public static readonly LocalText RuleMemberWithHead = new("成员与分管部门负责同志", "member with overseen department head");
    public static readonly LocalText RuleAddedBySecretary = new("组织者添加", "added by the secretary");
    public static readonly LocalText TalkPlanUsage = new("请 @ 两个人，例如：谈话方案 添加 @张三 @李四", "Please @mention two people, for example: talk plan add @Alex @Sam");
    public static readonly LocalText PairAdded = new("已把 {0} 与 {1} 的谈话加入方案。", "The talk between {0} and {1} is now in the plan.");
    public static readonly LocalText PairDropped = new("已从方案中删除 {0} 与 {1} 的谈话。", "The talk between {0} and {1} was dropped from the plan.");

    public static readonly LocalText AuditHeading = new("最近的变更（最新在前，最多 {0} 条）：", "Latest changes (newest first, at most {0}):");

    public static readonly LocalText AuditLine = new("{0} {1} {2} {3}（第{4}版）", "{0} {1} {2} {3} (v{4})");
}
