using System.Globalization;
using System.Numerics;
using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>A number, in ASCII or full-width digits, or a small Chinese numeral (三, 十二).</summary>
public sealed class NumberPrompt<T>(string id, PromptValidator<T>? validator = null) : Prompt<T>(id, validator)
    where T : INumber<T>
{
    protected override Task<PromptRecognition<T>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = InputText.Normalise(turnContext.Activity.Text).Replace(",", string.Empty, StringComparison.Ordinal);
        if (T.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return Task.FromResult(PromptRecognition<T>.Of(value));
        }

        return Task.FromResult(InputText.ChineseNumber(text) is { } chinese
            ? PromptRecognition<T>.Of(T.CreateChecked(chinese))
            : PromptRecognition<T>.Failed);
    }
}
