using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>
/// A conversation step or flow. Its <see cref="Id"/> is a stored constant (renaming the class must not orphan
/// conversations in flight); its <see cref="Version"/> changes when its shape changes, so a conversation started
/// by an older deployment is restarted cleanly instead of resumed at a step that no longer means the same.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public virtual string Version => Id;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again for what the dialog is waiting for (after help, or a step back).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Go back one step; false when the dialog has no earlier step.</summary>
    public virtual Task<DialogTurnResult?> StepBackAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);
}
