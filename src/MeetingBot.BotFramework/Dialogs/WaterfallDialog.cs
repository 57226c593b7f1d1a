using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>
/// A fixed sequence of steps; each step's result (a prompt's answer) is handed to the next. The step index and
/// the values the steps collect are kept in the dialog instance, so the flow survives restarts between steps.
/// Every step's incoming result is kept too, which lets a flow go back: one step (<c>back</c>), or to the question
/// that caused a later refusal (<see cref="WaterfallStepContext.ReviseAsync"/>), keeping every other answer.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    internal const string StepIndexKey = "stepIndex";
    internal const string OptionsKey = "options";
    internal const string ValuePrefix = "value:";
    internal const string ResultPrefix = "result:";
    internal const string ReviseFromKey = "reviseFrom";
    internal const string ReviseUntilKey = "reviseUntil";

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

        // Going back by hand ends any revision: from here on every question is asked again as the person moves on.
        EndRevision(instance);

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
        if (index >= instance.Get<int?>(ReviseUntilKey))
        {
            EndRevision(instance);
        }

        instance.Set(StepIndexKey, index);
        instance.Set(ResultPrefix + index, StepResult.Of(result));
        var step = new WaterfallStepContext(this, dc, instance, index, reason, result);
        return await _steps[index](step, cancellationToken);
    }

    internal int IndexOf(WaterfallStep step)
    {
        // A method group makes a new delegate each time; delegates are equal when they call the same method on the same target.
        for (var i = 0; i < _steps.Count; i++)
        {
            if (_steps[i].Equals(step))
            {
                return i;
            }
        }

        throw new ArgumentException("The step is not part of this waterfall.", nameof(step));
    }

    /// <summary>
    /// Runs step <paramref name="from"/> again with the result it first received (so it asks its question again);
    /// once answered, the steps up to <paramref name="until"/> take their earlier answers without asking.
    /// </summary>
    internal Task<DialogTurnResult> ReviseAsync(DialogContext dc, int from, int until, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.Set(ReviseFromKey, from);
        instance.Set(ReviseUntilKey, until);
        var received = instance.Get<StepResult>(ResultPrefix + from)?.Value();
        return RunStepAsync(dc, from, DialogReason.BeginCalled, received, cancellationToken);
    }

    /// <summary>
    /// While a revision runs, the answer step <paramref name="index"/>'s question got before (the result the next
    /// step received), when there is one; null when the question must be asked.
    /// </summary>
    internal static StepResult? KeptAnswer(DialogInstance instance, int index)
    {
        if (instance.Get<int?>(ReviseFromKey) is not { } from || instance.Get<int?>(ReviseUntilKey) is not { } until
            || index <= from || index >= until)
        {
            return null;
        }

        return instance.Get<StepResult>(ResultPrefix + (index + 1)) is { Kind: not "null" } kept ? kept : null;
    }

    private static void EndRevision(DialogInstance instance)
    {
        instance.Remove(ReviseFromKey);
        instance.Remove(ReviseUntilKey);
    }
}
