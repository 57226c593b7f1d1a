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

        var options = dc.ActiveDialog!.Get<PromptOptions>(OptionsKey)!;
        var recognized = await RecognizeAsync(dc.Context, options, cancellationToken);
        return await JudgeAsync(dc, recognized, cancellationToken);
    }

    /// <summary>
    /// Counts the attempt, asks the validator, and either ends with the answer or asks again (with the retry prompt
    /// for the reason, unless the validator already explained). Prompts that read an answer over several messages
    /// (a name to tell apart) call it once they have the whole answer, so their validator runs too.
    /// </summary>
    /// <param name="explanation">Why the answer was refused, said before the retry prompt (which is then always sent).</param>
    protected async Task<DialogTurnResult> JudgeAsync(
        DialogContext dc, PromptRecognition<T> recognized, CancellationToken cancellationToken, string? explanation = null)
    {
        var instance = dc.ActiveDialog!;
        var options = instance.Get<PromptOptions>(OptionsKey)!;
        var attempts = instance.Get<int>(AttemptsKey) + 1;
        instance.Set(AttemptsKey, attempts);

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

        if (explanation is not null)
        {
            await dc.Context.SendActivityAsync(explanation, cancellationToken);
        }

        if (explanation is not null || !dc.Context.Responded)
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
