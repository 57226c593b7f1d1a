using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Invitations;

public static class InvitationTexts
{
    public static readonly LocalText InviteLinksCommand = new(
        "（秘书）为每位参会人员生成网页聊天的个人邀请链接（仅在私聊中发送）",
        "(secretary) make each participant's personal web chat invitation link (sent in 1:1 chat only)");

    public static readonly LocalText RevokeCommand = new(
        "（秘书）撤销某人的邀请链接：撤销邀请 <姓名>，或 撤销邀请 全部",
        "(secretary) revoke someone's invitation links: revoke invite <name>, or revoke invite all");

    public static readonly LocalText PersonalOnly = new(
        "邀请链接是每个人的登录凭据，只能在与我的私聊中发送。请在私聊中发送“邀请链接”。",
        "Invitation links are each person's credentials; I only send them in 1:1 chat. Send \"invite links\" to me privately.");

    public static readonly LocalText NotWebMeeting = new(
        "这次会议不是在网页聊天中创建的，参会人员请继续使用原来的聊天渠道。",
        "This meeting was not set up in the web chat; its participants keep using the channel it was set up in.");

    public static readonly LocalText LinksHeading = new(
        "【{0}】网页聊天邀请链接（有效期至 {1}）。请把每个链接只发给本人：",
        "[{0}] Web chat invitation links (valid until {1}). Give each link to its person only:");

    public static readonly LocalText NewMemberLink = new(
        "{0}的网页聊天邀请链接（有效期至 {2}），请只发给本人：{1}",
        "{0}'s web chat invitation link (valid until {2}); give it to them only: {1}");

    public static readonly LocalText NewMemberLinkPrivately = new(
        "已为{0}生成网页聊天邀请。链接是本人的登录凭据，请在与我的私聊中发送“邀请链接”获取。",
        "{0} has a web chat invitation. The link is their credential: send \"invite links\" to me privately to get it.");

    public static readonly LocalText LinkLine = new("· {0}：{1}", "· {0}: {1}");

    public static readonly LocalText TeamHint = new(
        "链接打开本人的私聊；在链接末尾加上 &room=team 打开全体参会人员的团队会话。撤销：撤销邀请 <姓名>。",
        "A link opens its person's 1:1 chat; add &room=team to its end to open the team conversation of all participants. Revoke: revoke invite <name>.");

    public static readonly LocalText RevokeUsage = new(
        "请写明撤销谁的邀请：撤销邀请 <姓名>，或 撤销邀请 全部。",
        "Say whose invitation to revoke: revoke invite <name>, or revoke invite all.");

    public static readonly LocalText RevokeUnknown = new(
        "参会人员中没有“{0}”。",
        "There is no participant \"{0}\".");

    public static readonly LocalText Revoked = new(
        "已撤销 {0} 个邀请链接（{1}），用它们打开的聊天也已失效。",
        "Revoked {0} invitation link(s) ({1}); chats opened with them have stopped working.");

    public static readonly LocalText NothingToRevoke = new(
        "{0} 没有有效的邀请链接。",
        "{0} has no active invitation link.");
}
