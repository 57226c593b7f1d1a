using MeetingBot.Localization;

namespace MeetingBot.Board;

public static class BoardTexts
{
    public static readonly LocalText LinkCommand = new(
        "（秘书）整改公示栏的只读网页链接：公示链接",
        "(secretary) the read-only web link of the public rectification board: board link");

    public static readonly LocalText RevokeCommand = new(
        "（秘书）撤销整改公示栏的网页链接：撤销公示链接",
        "(secretary) revoke the public board's web link: revoke board link");

    public static readonly LocalText Link = new(
        "【{0}】整改公示栏（只读，手机可看，任何拿到链接的人都能打开，只显示已公示的整改任务和会议进度）：\n\n{1}\n\n不再需要时请发送“撤销公示链接”。",
        "[{0}] Public rectification board (read-only, works on a phone, anyone with the link can open it; it shows only the published tasks and the meeting's progress):\n\n{1}\n\nSend \"revoke board link\" when it is no longer needed.");

    public static readonly LocalText Revoked = new(
        "公示栏链接已撤销（{0}个），再打开会显示“页面不存在”。",
        "Board link revoked ({0}); opening it now shows \"page not found\".");

    public static readonly LocalText NothingToRevoke = new(
        "这次会议没有有效的公示栏链接。",
        "This meeting has no active board link.");
}
