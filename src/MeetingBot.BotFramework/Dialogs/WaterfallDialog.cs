using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>
/// A fixed sequence of steps; each step's result (a prompt's answer) is handed to the next. The step index and
/// the values the steps collect are kept in the dialog instance, so the flow survives restarts between steps.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    internal const string StepIndexKey = "stepIndex";
    internal const string OptionsKey = "options";
    internal const string ValuePrefix = "value:";
    internal const string ResultPrefix = "result:";

    private readonly IReadOnlyList<WaterfallStep> _steps;
    private readonly string _version;

    /// <param name="version">Change it when the steps change meaning; defaults to the id and the number of steps.</param>
    public WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps, string? version = null)
        : base(id)
    {
        _steps = steps;
        _version = version ?? $"{id}/{steps.Count}";
    }

    public override string Version => _version;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        if (options is not null)
        {
            instance.State[OptionsKey] = options as JsonElement? ?? JsonSerializer.SerializeToElement(options, options.GetType(), BotJson.Options);
        }

        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Only a message moves a waterfall on; other activities (typing, events) leave it waiting.
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var index = dc.ActiveDialog!.Get<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    public override async Task<DialogTurnResult?> StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var index = instance.Get<int>(StepIndexKey);
        if (index == 0)
        {
            return null;
        }

        // Re-run the previous step with the result it first received, so it asks its question the same way.
        var previous = instance.Get<StepResult>(ResultPrefix + (index - 1))?.Value();
        return await RunStepAsync(dc, index - 1, DialogReason.BeginCalled, previous, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.Set(StepIndexKey, index);
        instance.Set(ResultPrefix + index, StepResult.Of(result));
        var step = new WaterfallStepContext(this, dc, instance, index, reason, result);
        return await _steps[index](step, cancellationToken);
    }
}
