using MeetingBot.Localization;

namespace MeetingBot.WebChannel;

/// <summary>What the /chat pages say when the chat cannot open: an invitation link that no longer works, a sign-in refused.</summary>
public static class ChatPageTexts
{
    public static readonly LocalText ExpiredTitle = new("邀请链接已过期", "This invitation link has expired");

    public static readonly LocalText ExpiredBody = new(
        "这个会议助手邀请链接已于{0}到期，不能再打开会话。",
        "This MeetingBot invitation link expired on {0} and no longer opens the chat.");

    public static readonly LocalText RevokedTitle = new("邀请链接已被撤销", "This invitation link has been revoked");

    public static readonly LocalText RevokedBody = new(
        "这个邀请链接已于{0}被撤销（例如已为您发了新链接，或您已不在这次会议的名单中），不能再打开会话。",
        "This invitation link was revoked on {0} (for example, a new one was sent to you, or you are no longer on the meeting's list) and no longer opens the chat.");

    public static readonly LocalText InvalidTitle = new("邀请链接无效", "This invitation link is not valid");

    public static readonly LocalText InvalidBody = new(
        "这个链接不完整或已被改动（复制时常会被截断）。请打开会议秘书发给您的完整链接。",
        "This link is incomplete or has been altered (copying often cuts links short). Open the whole link the meeting's secretary sent you.");

    public static readonly LocalText AskNamed = new(
        "请联系会议秘书{0}，请其为您重新发送邀请链接（秘书在会议助手中发送“邀请链接”即可生成）。",
        "Ask the meeting's secretary, {0}, to send you a new link (they send \"invite links\" to MeetingBot).");

    public static readonly LocalText AskOffice = new(
        "请联系会议秘书（领导小组办公室），请其为您重新发送邀请链接。",
        "Ask the meeting's secretary (the office organising it) to send you a new link.");

    public static readonly LocalText SignInInstead = new("本单位已开通单位账号登录，您也可以直接登录：", "Your organisation has sign-in, so you can also sign in directly:");

    public static readonly LocalText SignInAction = new("使用单位账号登录", "Sign in with your organisation account");

    public static readonly LocalText RefusedTitle = new("您还不在会议助手的人员名录中", "You are not in MeetingBot's directory yet");

    public static readonly LocalText RefusedBody = new(
        "您已用单位账号登录（{0}），但会议助手的人员名录中没有与这个账号对应的人员，所以还不能打开会话。",
        "You signed in with your organisation account ({0}), but no one in MeetingBot's directory matches it, so the chat cannot open yet.");

    public static readonly LocalText RefusedAskNamed = new(
        "请联系管理员{0}，请其把您加入名录（或把上面的账号关联到您）。加入后重新登录即可。",
        "Ask an administrator, {0}, to add you to the directory (or to link the account above to you). Then sign in again.");

    public static readonly LocalText RefusedAskOffice = new(
        "请联系本单位负责会议助手的管理员，请其把您加入名录。加入后重新登录即可。",
        "Ask the person who runs MeetingBot in your organisation to add you to the directory. Then sign in again.");

    public static readonly LocalText SignInAgain = new("重新登录", "Sign in again");

    public static readonly LocalText FailedTitle = new("登录没有完成", "Sign-in did not complete");

    public static readonly LocalText FailedBody = new(
        "登录过程被中断或没有通过校验（例如登录页面停留过久，或返回的链接被改动）。请重新登录。",
        "Sign-in was interrupted or failed a check (for example, the sign-in page was left open too long, or the link back was altered). Please sign in again.");

    public static readonly LocalText DateFormat = new("yyyy年M月d日 HH:mm", "d MMMM yyyy, HH:mm");
}
