using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The lead drafting the collective material in his 1:1 chat: the form (a card with one multi-line field per
/// section, prefilled), or a Word file, or labelled text for one section or all. The flow ends when a draft is saved.
/// A file needs this flow: Web Chat sends an upload as a message of its own, without the command word.
/// </summary>
public sealed class CollectiveMaterialDraftDialog(CollectiveMaterialSteps steps, MeetingResolver current, MaterialUpload upload) : Dialog(DialogId)
{
    public const string DialogId = "collective-material.draft";

    public override string Version => DialogId + "/1";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await SendFormAsync(dc.Context, options as ExaminationMaterial, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (!activity.IsType(ActivityTypes.Message))
        {
            return DialogTurnResult.Waiting;
        }

        var turn = new CommandTurn(dc.Context, dc, string.Empty, UserLocales.From(activity.Locale));
        if (CollectiveMaterialCard.Read(activity) is { } fromCard)
        {
            return await DraftAsync(turn, _ => fromCard, cancellationToken);
        }

        if (activity.Attachments is { Count: > 0 } && await current.FindWithDossierAsync(dc.Context, cancellationToken) is { } found)
        {
            var (document, refusal) = await upload.ReadDocumentAsync(activity, DocumentKeys.Of(DocumentId.CollectiveMaterial(found.Meeting.Id)), turn.Locale, cancellationToken);
            if (document is not null)
            {
                return await DraftAsync(turn, _ => ExaminationMaterial.FromDocument(document), cancellationToken);
            }

            if (refusal is not null)
            {
                await dc.Context.SendActivityAsync(refusal, cancellationToken);
                return DialogTurnResult.Waiting;
            }
        }

        var text = activity.Text?.Trim() ?? string.Empty;
        if (MaterialSections.IsLabelled(text))
        {
            return await DraftAsync(turn, draft => MaterialSections.Merge(draft, text), cancellationToken);
        }

        // Anything else may be a slip: say how to go on rather than take it as the material.
        await dc.Context.SendActivityAsync(CollectiveMaterialTexts.DraftWaiting.In(turn.Locale), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(CollectiveMaterialTexts.DraftWaiting.In(UserLocales.From(turnContext.Activity.Locale)), cancellationToken);

    private async Task<DialogTurnResult> DraftAsync(CommandTurn turn, Func<ExaminationMaterial?, ExaminationMaterial> content, CancellationToken cancellationToken)
    {
        await steps.DraftAsync(turn, content, cancellationToken);
        return await turn.Dialogs.EndDialogAsync(null, cancellationToken);
    }

    private static async Task SendFormAsync(ITurnContext turn, ExaminationMaterial? draft, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(turn.Activity.Locale);
        if (ChannelCapabilities.RendersAdaptiveCards(turn.Activity.ChannelId))
        {
            await turn.SendActivityAsync(CollectiveMaterialCard.Form(draft, locale), cancellationToken);
        }

        await turn.SendActivityAsync(CollectiveMaterialTexts.DraftHow.In(locale), cancellationToken);
    }
}
