using System.Text.Json;
using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Waits for a card's Action.Submit: a message whose <c>value</c> is a JSON object. Typed text is not an answer
/// (the retry prompt says to use the card). The result is the submitted <see cref="JsonElement"/>.
/// </summary>
public sealed class CardSubmitPrompt(string id, PromptValidator<JsonElement?>? validator = null) : Prompt<JsonElement?>(id, validator)
{
    protected override Task<PromptRecognition<JsonElement?>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(turnContext.Activity.Value is { ValueKind: JsonValueKind.Object } value
            ? PromptRecognition<JsonElement?>.Of(value.Clone())
            : PromptRecognition<JsonElement?>.Failed);
}
