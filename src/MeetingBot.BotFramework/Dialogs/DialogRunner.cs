using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>What happened to a message: an interruption handled it, the active dialog did, or no dialog was active.</summary>
public enum DialogRunOutcome
{
    NoActiveDialog,
    Continued,
    Completed,
    HelpShown,
    Cancelled,
    SteppedBack,
}

/// <summary>
/// Runs one turn against a dialog stack: tells the user when a stored flow had to be restarted, checks the
/// interruptions (help, cancel, back) before the active dialog, then continues it.
/// </summary>
public sealed class DialogRunner(DialogSet dialogs, DialogInterruptions interruptions)
{
    public DialogSet Dialogs { get; } = dialogs;

    public async Task<(DialogRunOutcome Outcome, DialogContext Context)> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await Dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.WasRestarted)
        {
            await interruptions.OnRestartedAsync(turnContext, cancellationToken);
        }

        if (dc.ActiveDialog is null)
        {
            return (DialogRunOutcome.NoActiveDialog, dc);
        }

        var text = InputText.Normalise(turnContext.Activity.Text);
        if (turnContext.Activity.IsType(ActivityTypes.Message) && text.Length > 0)
        {
            if (interruptions.CancelWords.Contains(text))
            {
                await dc.CancelAllDialogsAsync(cancellationToken);
                await interruptions.OnCancelledAsync(turnContext, true, cancellationToken);
                return (DialogRunOutcome.Cancelled, dc);
            }

            if (interruptions.HelpWords.Contains(text))
            {
                await interruptions.OnHelpAsync(turnContext, cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return (DialogRunOutcome.HelpShown, dc);
            }

            if (interruptions.BackWords.Contains(text))
            {
                if (await dc.StepBackAsync(cancellationToken) is null)
                {
                    await interruptions.OnNoStepBackAsync(turnContext, cancellationToken);
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return (DialogRunOutcome.SteppedBack, dc);
            }
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        return (result.Status == DialogTurnStatus.Complete ? DialogRunOutcome.Completed : DialogRunOutcome.Continued, dc);
    }
}
