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

    public static readonly LocalText HelpCommand = new("显示本说明", "show this help");

    public static readonly LocalText LanguageHint = new(
        "在群聊中请先 @MeetingBot 再输入命令。English: send \"help\".",
        "In a group chat, @mention MeetingBot before the command. 中文：发送“帮助”。");
}
