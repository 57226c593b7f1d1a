using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>Asks the secretary to confirm a cancellation; on yes the domain cancels (and records) it.</summary>
public sealed class CancelMeetingDialog : ComponentDialog
{
    public const string DialogId = "meeting.cancel";

    private const string ConfirmPromptId = "meeting.cancel.confirm";

    private readonly MeetingUpdates _updates;

    public CancelMeetingDialog(MeetingUpdates updates)
        : base(DialogId)
    {
        _updates = updates;
        AddDialog(new WaterfallDialog("meeting.cancel.flow", [AskAsync, CancelAsync]));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
    }

    private static UserLocale Locale(WaterfallStepContext step) => UserLocales.From(step.Context.Activity.Locale);

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<CancelRequest>()!;
        var locale = Locale(step);
        var text = SetupTexts.AskCancel.In(locale, MarkdownEscape.Text(request.Theme), request.Reason is { } reason ? MarkdownEscape.Text(reason) : SetupTexts.NoReason.In(locale));
        return step.PromptAsync(ConfirmPromptId, PromptOptions.Say(text), cancellationToken);
    }

    private async Task<DialogTurnResult> CancelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<CancelRequest>()!;
        var locale = Locale(step);
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(SetupTexts.NotCancelled.In(locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var actor = MeetingTurn.ActorOf(step.Context);
        var cancelled = await _updates.ApplyAsync(step.Context, locale, request.MeetingId,
            (meeting, now) => new CancelMeeting(meeting.Version, request.Reason).Decide(meeting, actor, now), cancellationToken);
        if (cancelled is not null)
        {
            await step.Context.SendActivityAsync(SetupTexts.CancelledMeeting.In(locale, MarkdownEscape.Text(cancelled.Theme)), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
