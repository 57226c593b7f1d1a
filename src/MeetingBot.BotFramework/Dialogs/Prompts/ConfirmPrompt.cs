using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Yes or no, in Chinese or English, with two suggested-action buttons. The button titles come from
/// <see cref="PromptOptions.Choices"/> (first = yes, second = no) so the host can word them.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool?>? validator = null) : Prompt<bool?>(id, validator)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "是", "是的", "对", "对的", "好", "好的", "确认", "确定", "同意", "可以", "行", "嗯", "yes", "y", "yeah", "yep", "ok", "okay", "sure", "confirm", "true",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "否", "不", "不是", "不对", "不要", "不行", "不同意", "不用", "no", "n", "nope", "false",
    };

    protected override Task<PromptRecognition<bool?>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = InputText.Normalise(turnContext.Activity.Text);
        var choices = options.Choices ?? [];
        bool? answer = Yes.Contains(text) || (choices.Count > 0 && Matches(choices[0], text)) ? true
            : No.Contains(text) || (choices.Count > 1 && Matches(choices[1], text)) ? false
            : null;
        return Task.FromResult(answer is null ? PromptRecognition<bool?>.Failed : PromptRecognition<bool?>.Of(answer));
    }

    protected override Activity Decorate(ITurnContext turnContext, Activity prompt, PromptOptions options)
    {
        var choices = options.Choices is { Count: >= 2 } given
            ? given
            : turnContext.Activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true
                ? [new Choice("yes", "Yes"), new Choice("no", "No")]
                : [new Choice("是"), new Choice("否")];
        prompt.SuggestedActions = new SuggestedActions { Actions = [.. choices.Take(2).Select(c => CardAction.ImBack(c.Display))] };
        return prompt;
    }

    private static bool Matches(Choice choice, string text) =>
        string.Equals(choice.Value, text, StringComparison.OrdinalIgnoreCase) || string.Equals(choice.Display, text, StringComparison.OrdinalIgnoreCase);
}
