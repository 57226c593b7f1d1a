namespace MeetingBot.BotFramework.Dialogs;

/// <summary>One step of a waterfall: usually ends by prompting, or by calling <c>NextAsync</c> / <c>EndDialogAsync</c>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
