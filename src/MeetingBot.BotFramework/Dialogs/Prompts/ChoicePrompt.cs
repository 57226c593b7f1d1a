using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// One of a list, picked by its number, its title, a synonym or a card button (<c>{ "choice": value }</c>), with
/// the options as suggested actions. The result is the chosen <see cref="Choice.Value"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var activity = turnContext.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("choice", out var submitted)
            && submitted.ValueKind == JsonValueKind.String && choices.Find(c => c.Value == submitted.GetString()) is { } fromCard)
        {
            return Task.FromResult(PromptRecognition<string>.Of(fromCard.Value));
        }

        var text = InputText.Normalise(activity.Text);
        var byNumber = int.TryParse(text, out var n) || InputText.ChineseNumber(text) is { } cn && (n = cn) > 0
            ? choices.ElementAtOrDefault(n - 1)
            : null;
        var chosen = byNumber ?? choices.Find(c =>
            string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Display, text, StringComparison.OrdinalIgnoreCase)
            || (c.Synonyms ?? []).Contains(text, StringComparer.OrdinalIgnoreCase));
        return Task.FromResult(chosen is null ? PromptRecognition<string>.Failed : PromptRecognition<string>.Of(chosen.Value));
    }

    protected override Activity Decorate(ITurnContext turnContext, Activity prompt, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        prompt.Text = string.Join('\n', new[] { prompt.Text }.Concat(choices.Select((c, i) => $"{i + 1}. {c.Display}")).Where(t => !string.IsNullOrEmpty(t)));
        prompt.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(c => CardAction.ImBack(c.Display))] };
        return prompt;
    }
}
