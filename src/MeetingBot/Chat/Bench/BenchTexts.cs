using MeetingBot.Localization;

namespace MeetingBot.Chat.Bench;

/// <summary>Word for word what tests/bench/SdkPeer/peer.js says, so both bots send replies of the same size.</summary>
public static class BenchTexts
{
    public static readonly LocalText Command = new("基准测试对话（只在基准测试中开启）", "benchmark dialog (on only in benchmarks)");
    public static readonly LocalText AskName = new("请输入姓名。", "请输入姓名。");
    public static readonly LocalText AskUnit = new("请输入单位。", "请输入单位。");
    public static readonly LocalText Confirm = new("保存 {0}（{1}）？", "保存 {0}（{1}）？");
    public static readonly LocalText Saved = new("已保存（第 {0} 次）。", "已保存（第 {0} 次）。");
    public static readonly LocalText NotSaved = new("未保存。", "未保存。");
}
