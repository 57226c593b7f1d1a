using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks one question and waits for an answer it can recognise and the validator accepts, asking again (the retry
/// prompt) up to <see cref="PromptOptions.MaxAttempts"/> times; then it ends with a null result.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id), IPrompt
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.Set(OptionsKey, promptOptions);
        instance.Set(AttemptsKey, 0);
        await SendAsync(dc.Context, promptOptions, retry: false, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var options = instance.Get<PromptOptions>(OptionsKey)!;
        var attempts = instance.Get<int>(AttemptsKey) + 1;
        instance.Set(AttemptsKey, attempts);

        var recognized = await RecognizeAsync(dc.Context, options, cancellationToken);
        var accepted = recognized.Succeeded
            && (validator is null || await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken));
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (attempts >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (!dc.Context.Responded)
        {
            await SendAsync(dc.Context, options, retry: true, cancellationToken, recognized.FailureReason);
        }

        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        SendAsync(turnContext, instance.Get<PromptOptions>(OptionsKey)!, retry: false, cancellationToken);

    protected abstract Task<PromptRecognition<T>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Adds what this kind of prompt shows beside the question (suggested actions).</summary>
    protected virtual Activity Decorate(ITurnContext turnContext, Activity prompt, PromptOptions options) => prompt;

    private async Task SendAsync(ITurnContext turnContext, PromptOptions options, bool retry, CancellationToken cancellationToken, string? reason = null)
    {
        var specific = reason is not null && options.RetryPromptsByReason?.GetValueOrDefault(reason) is { } byReason ? byReason : null;
        var source = retry ? specific ?? options.RetryPrompt ?? options.Prompt : options.Prompt;
        if (source is null)
        {
            return;
        }

        // The stored options are a template: send a copy so addressing the reply never changes them.
        var copy = System.Text.Json.JsonSerializer.Deserialize<Activity>(System.Text.Json.JsonSerializer.Serialize(source, BotJson.Options), BotJson.Options)!;
        await turnContext.SendActivityAsync(Decorate(turnContext, copy, options), cancellationToken);
    }
}
