using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>What one waterfall step sees: the previous step's result, the values collected so far, and the dialog context.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly DialogInstance _instance;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result)
    {
        _dialog = dialog;
        _instance = instance;
        Dialog = dc;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext Dialog { get; }
    public ITurnContext Context => Dialog.Context;
    public int Index { get; }
    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's recognised value, or null when a prompt gave up.</summary>
    public object? Result { get; }

    public T? Options<T>() => _instance.Get<T>(WaterfallDialog.OptionsKey);

    public T? GetValue<T>(string name) => _instance.Get<T>(WaterfallDialog.ValuePrefix + name);

    public void SetValue<T>(string name, T value) => _instance.Set(WaterfallDialog.ValuePrefix + name, value);

    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        _dialog.RunStepAsync(Dialog, Index + 1, DialogReason.NextCalled, result, cancellationToken);

    /// <summary>
    /// Asks a question; while a revision runs (<see cref="ReviseAsync"/>), a question answered before is not asked
    /// again: its earlier answer goes straight to the next step.
    /// </summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        WaterfallDialog.KeptAnswer(_instance, Index) is { } kept
            ? NextAsync(kept.Value(), cancellationToken)
            : Dialog.PromptAsync(dialogId, options, cancellationToken);

    /// <summary>
    /// Sends the person back to the question <paramref name="askingStep"/> asks (say, after a refusal that answer
    /// caused), keeping every other answer: <paramref name="askingStep"/> runs again with what it first received,
    /// and once its question is answered the steps in between take their earlier answers without asking, up to
    /// <paramref name="resumeAt"/> (this step by default), which runs again. Tell the person why before calling it.
    /// </summary>
    public Task<DialogTurnResult> ReviseAsync(WaterfallStep askingStep, WaterfallStep? resumeAt = null, CancellationToken cancellationToken = default)
    {
        var from = _dialog.IndexOf(askingStep);
        var until = resumeAt is null ? Index : _dialog.IndexOf(resumeAt);
        if (from > until || until > Index)
        {
            throw new ArgumentException("A revision goes back to an earlier step and resumes no later than the current one.", nameof(askingStep));
        }

        return _dialog.ReviseAsync(Dialog, from, until, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Dialog.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.ReplaceDialogAsync(dialogId, options, cancellationToken);

    /// <summary>The JSON of the previous step's result, for values that came from a card.</summary>
    public JsonElement? ResultAsJson() => Result switch
    {
        null => null,
        JsonElement element => element,
        var other => JsonSerializer.SerializeToElement(other, other.GetType(), BotJson.Options),
    };
}
