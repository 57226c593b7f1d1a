using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of dialogs: its own set and its own inner stack, kept inside its instance state, so a whole flow
/// (with its prompts) can be started like one dialog.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStackKey = "inner";

    private readonly DialogSet _inner = new();

    /// <summary>The dialog started when the component begins.</summary>
    public string? InitialDialogId { get; protected set; }

    public override string Version => $"{Id}({string.Join(',', _innerVersions)})";

    private readonly List<string> _innerVersions = [];

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _inner.Add(dialog);
        _innerVersions.Add(dialog.Version);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        WithInnerAsync(dc, inner => inner.BeginDialogAsync(InitialDialogId!, options, cancellationToken), cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        WithInnerAsync(dc, inner => inner.ContinueDialogAsync(cancellationToken), cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        WithInnerAsync(dc, async inner =>
        {
            await inner.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.Waiting;
        }, cancellationToken);

    public override async Task<DialogTurnResult?> StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        DialogTurnResult? stepped = null;
        var result = await WithInnerAsync(dc, async inner =>
        {
            stepped = await inner.StepBackAsync(cancellationToken);
            return stepped ?? DialogTurnResult.Waiting;
        }, cancellationToken);
        return stepped is null ? null : result;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var state = instance.Get<DialogState>(InnerStackKey) ?? new DialogState();
        var inner = _inner.CreateContext(turnContext, state, parent: null);
        await inner.RepromptDialogAsync(cancellationToken);
        instance.Set(InnerStackKey, state);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var state = instance.Get<DialogState>(InnerStackKey) ?? new DialogState();
            await _inner.CreateContext(turnContext, state, parent: null).CancelAllDialogsAsync(cancellationToken);
        }
    }

    private async Task<DialogTurnResult> WithInnerAsync(DialogContext dc, Func<DialogContext, Task<DialogTurnResult>> action, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var state = instance.Get<DialogState>(InnerStackKey) ?? new DialogState();
        var inner = _inner.CreateContext(dc.Context, state, dc);
        var result = await action(inner);
        instance.Set(InnerStackKey, state);
        return result.Status == DialogTurnStatus.Complete
            ? await dc.EndDialogAsync(result.Result, cancellationToken)
            : result;
    }
}
