using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs.Prompts;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>A turn's view of a dialog stack: begin, continue, replace, end and cancel dialogs on it.</summary>
public sealed class DialogContext
{
    internal DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent)
    {
        Dialogs = dialogs;
        Context = context;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }
    public ITurnContext Context { get; }
    public DialogState State { get; }
    public DialogContext? Parent { get; }

    /// <summary>True when a stored stack was dropped because its dialogs changed between deployments.</summary>
    public bool WasRestarted { get; init; }

    public DialogInstance? ActiveDialog => State.Stack.Count > 0 ? State.Stack[^1] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}'.");
        State.Stack.Add(new DialogInstance { Id = dialog.Id, Version = dialog.Version });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return DialogTurnResult.Empty;
        }

        return await Require(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and hands <paramref name="result"/> to the one below it.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            return await Require(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (State.Stack.Count == 0)
        {
            return DialogTurnResult.Empty;
        }

        while (State.Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await Require(active).RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>
    /// Goes back one step: drops a pending prompt, then asks the dialog that started it to re-run its previous
    /// step. Returns null when there is nothing to go back to.
    /// </summary>
    public async Task<DialogTurnResult?> StepBackAsync(CancellationToken cancellationToken = default)
    {
        for (var i = State.Stack.Count - 1; i >= 0; i--)
        {
            var instance = State.Stack[i];
            var dialog = Require(instance);
            if (dialog is IPrompt)
            {
                continue;
            }

            var promptsAbove = State.Stack.Count - 1 - i;
            var snapshot = State.Stack.ToList();
            State.Stack.RemoveRange(i + 1, promptsAbove);
            var result = await dialog.StepBackAsync(this, cancellationToken);
            if (result is null)
            {
                State.Stack.Clear();
                State.Stack.AddRange(snapshot);
            }

            return result;
        }

        return null;
    }

    internal Dialog Require(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"No dialog with id '{instance.Id}'.");

    private Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        State.Stack.RemoveAt(State.Stack.Count - 1);
        await Require(active).EndDialogAsync(Context, active, reason, cancellationToken);
    }
}
