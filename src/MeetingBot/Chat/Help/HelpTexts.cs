using MeetingBot.Localization;

namespace MeetingBot.Chat.Help;

public static class HelpTexts
{
    public static readonly LocalText Title = new("MeetingBot 会议助手", "MeetingBot meeting assistant");

    public static readonly LocalText Purpose = new(
        "我帮助班子按程序筹备和召开专题会议：提醒每位成员各项准备工作的截止时间，在一对一私聊中收集谈心谈话记录、问题清单、对照检查材料和批评发言提纲，送主要负责同志审阅把关；准备不充分时不召开会议；会后起草专题报告并跟踪整改任务。",
        "I help a team prepare and hold a formal review meeting step by step: I remind each member of their deadlines, gather talk records, problem lists, self-examination drafts and criticism outlines in one-to-one chat, route them to the lead for approval, hold the meeting back until preparation is complete, then draft the report and track the rectification tasks.");

    public static readonly LocalText Privacy = new(
        "批评发言提纲和谈心谈话记录只在一对一私聊中收集，只给有权查看的人看。",
        "Criticism outlines and talk records are gathered only in one-to-one chat and shown only to the people allowed to see them.");

    public static readonly LocalText CommandsHeading = new("命令", "Commands");

    public static readonly LocalText HelpCommand = new("显示您现在能做的事；“帮助 全部”列出全部命令", "show what you can do now; \"help all\" lists every command");

    public static readonly LocalText AllWord = new("全部", "all");

    public static readonly LocalText YouAre = new("您在「{0}」中是{1}，会议现处于{2}。", "In \"{0}\" you are {1}; the meeting is {2}.");

    public static readonly LocalText YouCanNow = new("现在您可以：", "What you can do now:");

    public static readonly LocalText Suggestion = new("- 发送“{0}”：{1}", "- send \"{0}\": {1}");

    public static readonly LocalText OpenTaskSuggestion = new("填写{0}", "fill in {0}");

    public static readonly LocalText AllCommandsHint = new("发送“帮助 全部”查看全部命令。", "Send \"help all\" for every command.");

    public static readonly LocalText ButtonsHeading = new("点按钮直接开始：", "Press a button to start:");

    public static readonly LocalText RoleSecretary = new("会议秘书", "the secretary");

    public static readonly LocalText RoleLead = new("主要负责同志", "the lead");

    public static readonly LocalText RoleMember = new("班子成员", "a team member");

    public static readonly LocalText RoleDepartmentHead = new("分管部门负责同志", "a department head");

    public static readonly LocalText RoleSupervisor = new("督导组成员", "a supervisor");

    public static readonly LocalText RoleSuperior = new("上级审核人", "the superior reviewer");

    public static readonly LocalText PhasePreparing = new("会前准备阶段", "in preparation");

    public static readonly LocalText PhaseConfirmed = new("已确认召开、等待开会阶段", "confirmed and about to be held");

    public static readonly LocalText PhaseReporting = new("会后报告和整改阶段", "held: report and rectification follow");

    public static readonly LocalText PhaseCancelled = new("已取消", "cancelled");

    public static readonly LocalText Grammar = new(
        "命令要单独发送：命令词本身，或命令词后空一格（或加冒号、逗号）再写内容，例如“退回 2 例子不具体”“意见：建议补充典型事例”。以命令词开头的普通句子（如“公示栏在哪”）不会被当作命令。会改变会议或不能撤销的操作（确认会议、会议已召开、改期、改地点、取消会议、移除成员、更改角色、通知、批准提纲、传阅、定稿、公示、报送、整改 生成）会先请您确认，回复“确认”或“取消”，10分钟内有效。",
        "Send a command on its own: the command word alone, or the word, a space (or a colon or comma) and what it takes, e.g. \"return 2 the example is not concrete\" or \"comment: add a typical case\". An ordinary sentence that starts with a command word is not a command. Actions that change the meeting or cannot be undone (confirm meeting, meeting held, reschedule, change place, cancel meeting, remove member, change roles, notify, approving an outline, circulate, finalise, publish list, record submission, rectification propose) ask you first: reply \"confirm\" or \"cancel\" within 10 minutes.");

    public static readonly LocalText GroupRule = new(
        "在群聊中，只有呼叫我的消息才会被处理：在 Teams 中 @MeetingBot；在网页聊天的团队群中以“@会议助手”开头，例如“@会议助手 进度”。其他群聊消息我不回复，也不会改变任何内容。",
        "In a group chat I only act on messages addressed to me: in Teams @mention MeetingBot; in the web chat's team room start with \"@bot\" (or \"@会议助手\"), e.g. \"@bot status\". I do not answer other group messages and they change nothing.");

    public static readonly LocalText OthersMaterial = new(
        "别人的批评发言提纲、对照检查材料和谈话记录只由本人和负责审阅的同志查看，我不会转给其他人。您自己交的，发送“我的提交”查看；谁交了没有，发送“进度”；负责审阅的同志发送“待审”查看等您审阅的材料。",
        "Someone else's criticism outline, self-examination material or talk record is read only by its author and whoever reviews it; I do not pass it to anyone else. For your own, send \"my-submissions\"; for who has handed in what, send \"status\"; reviewers send \"reviews\" for what awaits them.");

    public static readonly LocalText LanguageHint = new(
        "English: send \"help\".",
        "中文：发送“帮助”。");
}
