using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>The first word of a rectification command in both languages; none (or an unknown word) lists the tasks.</summary>
public static class RectificationWords
{
    private static readonly Dictionary<string, RectificationStep> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["列表"] = RectificationStep.List, ["list"] = RectificationStep.List,
        ["生成"] = RectificationStep.Propose, ["propose"] = RectificationStep.Propose,
        ["添加"] = RectificationStep.Add, ["add"] = RectificationStep.Add,
        ["进展"] = RectificationStep.Progress, ["progress"] = RectificationStep.Progress,
        ["完成"] = RectificationStep.Done, ["done"] = RectificationStep.Done,
        ["公示"] = RectificationStep.Publish, ["publish"] = RectificationStep.Publish,
        ["更正"] = RectificationStep.Correct, ["修改"] = RectificationStep.Correct, ["correct"] = RectificationStep.Correct,
        ["拆分"] = RectificationStep.Split, ["split"] = RectificationStep.Split,
        ["撤销"] = RectificationStep.Withdraw, ["withdraw"] = RectificationStep.Withdraw,
        ["验收"] = RectificationStep.Accept, ["accept"] = RectificationStep.Accept,
        ["退回"] = RectificationStep.SendBack, ["send-back"] = RectificationStep.SendBack,
        ["即改"] = RectificationStep.Immediate, ["即知即改"] = RectificationStep.Immediate, ["immediate"] = RectificationStep.Immediate,
        ["回头看"] = RectificationStep.Review, ["review"] = RectificationStep.Review,
    };

    /// <summary>
    /// What each step takes: <c>生成 2030-03-31</c>, <c>添加 张伟 2030-03-31 问题｜措施</c>, <c>进展 3 说明</c>, <c>完成 3 佐证</c>,
    /// <c>更正 3 责任人 李敏</c>, <c>拆分 3 措施｜措施</c>, <c>撤销 3 理由</c>, <c>验收 3</c>, <c>退回 3 理由</c>,
    /// <c>即改 2 2030-03-31 措施</c>, <c>回头看</c> or <c>回头看 2 整改中 说明</c>.
    /// </summary>
    public static readonly ArgumentShape Grammar = ArgumentShape.Keywords(
        new LocalText("生成 2030-03-31", "propose 2030-03-31"),
        Words.ToDictionary(w => w.Key, w => w.Value switch
        {
            RectificationStep.Propose => ArgumentShape.Date(new LocalText("2030-03-31", "2030-03-31")),
            RectificationStep.Add => ArgumentShape.Text(new LocalText("张伟 2030-03-31 问题｜措施", "Zhang Wei 2030-03-31 problem|measure")),
            RectificationStep.Progress or RectificationStep.Done or RectificationStep.Correct or RectificationStep.Split or RectificationStep.Withdraw
                or RectificationStep.Accept or RectificationStep.SendBack => ArgumentShape.Number(new LocalText("3 说明", "3 note"), textAfter: true),
            RectificationStep.Immediate => ArgumentShape.Text(new LocalText("2 2030-03-31 措施", "2 2030-03-31 measure")),
            RectificationStep.Review => ArgumentShape.Number(new LocalText("2 整改中 说明", "2 in-progress note"), textAfter: true),
            _ => ArgumentShape.None,
        }, StringComparer.OrdinalIgnoreCase)).OrNothing();

    /// <returns>The step and the words after it; null for a first word that is not a step.</returns>
    public static (RectificationStep? Step, string Remainder) Parse(string argument)
    {
        var parts = argument.Trim().Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return (RectificationStep.List, string.Empty);
        }

        return Words.TryGetValue(parts[0], out var step) ? (step, parts.Length > 1 ? parts[1] : string.Empty) : (null, string.Empty);
    }
}
