using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Notices;

public static class NoticeTexts
{
    public static readonly LocalText Command = new(
        "通知 <内容>：向本次会议的其他参会人员发通知，每人在与我的私聊中收到一次（组织者或主要负责同志）",
        "notify <text>: send a notice to everyone else in the meeting, once each in his 1:1 chat with me (secretary or lead)");

    public static readonly LocalText Usage = new(
        "请写明通知内容，例如：通知 明天下午3点在第二会议室开筹备会",
        "Please write the notice, for example: notify the preparatory meeting is tomorrow at 3 pm in Room 2");

    /// <summary>
    /// What the confirmation shows: to whom, how, and the notice in quotes — one paragraph, as every confirmation is, so
    /// the 回复“确认” line that follows stays its own (a quoted block would swallow it on Web Chat).
    /// </summary>
    public static readonly LocalText WhatWillHappen = new(
        "向会议“{0}”的其他{1}位参会人员（{2}）发送通知“{3}”，每人在与我的私聊中收到一次。",
        "Send the notice \"{3}\" to the {1} other participants of the meeting \"{0}\" ({2}), once each in his 1:1 chat with me.");

    /// <summary>The notice as a participant receives it, in his own language around the sender's words.</summary>
    public static readonly LocalText Received = new("【{0}】{1}的通知：\n\n{2}", "[{0}] Notice from {1}:\n\n{2}");

    public static readonly LocalText Sent = new("通知已发出：{0}人将在与我的私聊中收到。", "The notice is sent: {0} people will get it in their 1:1 chat with me.");

    public static readonly LocalText NotReached = new(
        "{0}还没有和我私聊过，收不到这条通知，请另行告知。",
        "{0} never opened a 1:1 chat with me and cannot get it; please tell them another way.");
}
