using System.Globalization;

namespace MeetingBot.Demo;

/// <summary>The demo's own words: it narrates in Chinese, the users' language, like the conversation it prints.</summary>
public static class DemoTexts
{
    public const string Team = "班子群";
    public const string Usage = "用法：MeetingBot demo [--out <输出文件夹>] [--speed <时钟倍速，1 到 3600，默认 60>]";

    public static string Started(DateTime localNow, double speed, string botUrl, Uri channelUrl) =>
        Invariant($"演示开始：{localNow:yyyy-MM-dd HH:mm}（北京时间），时钟 {speed}× 加速；机器人在 {botUrl}，模拟渠道在 {channelUrl}。");

    public static string Phase(int number, string title) => Invariant($"══ 第{number}阶段 {title}");

    public static string PhasePassed(int number, string title) => Invariant($"   ✓ 第{number}阶段通过：{title}");

    public static string Jump(DateTime localNow) => Invariant($"   …… 时钟拨到 {localNow:yyyy-MM-dd HH:mm} ……");

    public static string Waiting(string reminderKey) => $"   （等待提醒推送：{reminderKey}）";

    public static string Written(string path) => $"   已写入 {path}";

    public static string AllPassed(int phases, string folder) => Invariant($"全部{phases}个阶段通过。报告和台账在：{folder}");

    public static string Failed(int number, string title, string why) => Invariant($"✗ 第{number}阶段（{title}）未通过：{why}");

    public static string Truncated(int lines) => Invariant($"       ……（共{lines}行）");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>How the bot's question before an irreversible action begins, and the typed answer.</summary>
    public const string AskedToConfirm = "请确认：";

    public const string Confirm = "确认";
}
