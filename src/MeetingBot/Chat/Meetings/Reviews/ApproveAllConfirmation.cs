using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The one confirmation of <c>全部批准</c>: shows every item and whom each approval discloses it to (确认 / 取消, as
/// buttons or typed), and acts only on a yes from the same person (the dialog lives in his own stack) within
/// <see cref="TimeLimit"/>. A second 确认 finds no dialog waiting, so nothing is approved twice.
/// </summary>
/// <remarks>
/// Kept on its own so that it can move onto the shared confirmation of irreversible actions (the command grammar's
/// 确认 / 取消) without touching how the items are chosen or decided.
/// </remarks>
public sealed class ApproveAllConfirmation : ComponentDialog
{
    public const string DialogId = "reviews.approve-all";

    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(10);

    private const string PromptId = "reviews.approve-all.confirm";

    private readonly ReviewDecisions _decisions;
    private readonly TimeProvider _time;

    public ApproveAllConfirmation(ReviewDecisions decisions, TimeProvider time)
        : base(DialogId)
    {
        _decisions = decisions;
        _time = time;
        AddDialog(new WaterfallDialog("reviews.approve-all.flow", [AskAsync, ApproveAsync]));
        AddDialog(new ConfirmPrompt(PromptId));
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<ApproveAllRequest>()!;
        var locale = UserLocales.From(step.Context.Activity.Locale);
        var options = PromptOptions.Say(request.Summary, ReviewTexts.ApproveAllRetry.In(locale));
        options.Choices = [new Choice("yes", ReviewTexts.ConfirmButton.In(locale)), new Choice("no", ReviewTexts.CancelButton.In(locale))];
        return step.PromptAsync(PromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ApproveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<ApproveAllRequest>()!;
        var locale = UserLocales.From(step.Context.Activity.Locale);
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(ReviewTexts.ApproveAllCancelled.In(locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (_time.GetUtcNow() - request.AskedAt > TimeLimit)
        {
            await step.Context.SendActivityAsync(ReviewTexts.ApproveAllExpired.In(locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var replies = new List<string>();
        foreach (var item in request.Items)
        {
            var result = await _decisions.DecideAsync(step.Context, item.Key, item.Version, approve: true, comment: null, locale, cancellationToken);
            replies.Add(result.Reply);
        }

        await step.Context.SendActivityAsync(string.Join("\n", replies), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
