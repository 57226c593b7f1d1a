using MeetingBot.Localization;

namespace MeetingBot.Attendance;

public static class AttendanceTexts
{
    public static readonly LocalText SignInCommand = new("会议当天签到：私聊中发送“签到”获取本人签到链接", "sign in on the meeting day: send \"sign in\" in 1:1 for your own link");
    public static readonly LocalText SheetCommand = new("秘书获取签到表（含会议签到码和每人的签到二维码，可打印）", "the secretary gets the printable sign-in sheet with QR codes");
    public static readonly LocalText ExcuseCommand = new("秘书记录请假：记录请假 <姓名> <理由>", "the secretary records a leave: record leave <name> <reason>");

    public static readonly LocalText PersonalLink = new(
        "您的签到链接（{0}，会议当天有效，请勿转发）：{1}\n打开后点“确认签到”即可。",
        "Your sign-in link ({0}, valid on the meeting day; do not forward it): {1}\nOpen it and press the confirm button.");
    public static readonly LocalText OnlyPrivately = new("签到链接是个人凭证，只在与我的私聊中发送。请私聊我发送“签到”。", "A sign-in link is personal: send \"sign in\" to me in 1:1.");
    public static readonly LocalText SheetLink = new(
        "签到表（{0}，可打印，会议当天有效）：{1}\n表上有会议签到码（参会人登录后扫码签到）和每人的签到二维码。",
        "Sign-in sheet ({0}, printable, valid on the meeting day): {1}\nIt holds the meeting's code (scanned after signing in to the web) and each member's own QR code.");
    public static readonly LocalText ExcuseUsage = new("用法：记录请假 <姓名> <理由>，如：记录请假 张伟 参加县委全会。", "Usage: record leave <name> <reason>, e.g. record leave Zhang Wei county plenary session.");
    public static readonly LocalText NoSuchPerson = new("参会名单中没有“{0}”。", "\"{0}\" is not on the roster.");
    public static readonly LocalText Excused = new("已记录：{0}请假，理由：{1}。", "Recorded: {0} is excused: {1}.");
}
