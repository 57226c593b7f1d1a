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
    };

    /// <summary>What each step takes: <c>生成 2030-03-31</c>, <c>添加 张伟 2030-03-31 问题｜措施</c>, <c>进展 3 说明</c>, <c>完成 3 佐证</c>.</summary>
    public static readonly ArgumentShape Grammar = ArgumentShape.Keywords(
        new LocalText("生成 2030-03-31", "propose 2030-03-31"),
        Words.ToDictionary(w => w.Key, w => w.Value switch
        {
            RectificationStep.Propose => ArgumentShape.Date(new LocalText("2030-03-31", "2030-03-31")),
            RectificationStep.Add => ArgumentShape.Text(new LocalText("张伟 2030-03-31 问题｜措施", "Zhang Wei 2030-03-31 problem|measure")),
            RectificationStep.Progress or RectificationStep.Done => ArgumentShape.Number(new LocalText("3 说明", "3 note"), textAfter: true),
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
