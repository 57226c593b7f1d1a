using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
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
/// <c>集体材料</c> / <c>collective material</c>: without text, show it; with <c>传阅</c>/<c>定稿</c>, those steps
/// (confirmed first, as their own commands are); with <c>起草</c>, the form (a card section by section, or a Word
/// file); with <c>批准</c>/<c>退回 意见</c>/<c>转交 姓名 原因</c>, its reviewer's decision (<see cref="CollectiveReviewSteps"/>);
/// with any other text, the sections it names in the lead's draft. The form's fields or a Word file sent with the
/// bare command are a draft too.
/// </summary>
public sealed class CollectiveMaterialCommand(
    CollectiveMaterialSteps steps, CollectiveReviewSteps review, CollectiveMaterialView view, ConfirmationGate confirmations, MaterialUpload upload, MeetingResolver current)
    : IConfirmedCommand
{
    public const string ChineseName = "集体材料";

    /// <summary>The words that open the form (<c>集体材料 起草</c>) instead of being the text of the draft.</summary>
    public static readonly string[] FormWords = ["起草", "填写", "编辑", "表单", "draft", "form", "edit"];

    private static readonly string[] ApproveWords = ["批准", "审核通过", "approve"];
    private static readonly string[] ReturnWords = ["退回", "return"];
    private static readonly string[] HandOnWords = ["转交", "hand-on", "hand on"];

    public ChatCommand Command { get; } = new("collective-material", [ChineseName], ["collective material"], CollectiveMaterialTexts.Command,
        ArgumentShape.Text(new LocalText("传阅", "circulate")).OrNothing());

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Argument;
        if (IsCirculate(text))
        {
            return await steps.DescribeCirculateAsync(turn, cancellationToken);
        }

        if (IsFinalise(text))
        {
            return await steps.DescribeFinaliseAsync(turn, cancellationToken);
        }

        if (After(text, ApproveWords) is { } approval)
        {
            return await review.DescribeApproveAsync(turn, approval.Length == 0 ? null : approval, cancellationToken);
        }

        if (After(text, ReturnWords) is { } comment)
        {
            await review.ReturnAsync(turn, comment, cancellationToken);
            return null;
        }

        if (After(text, HandOnWords) is { } handOn)
        {
            await review.HandOnAsync(turn, handOn, cancellationToken);
            return null;
        }

        if (FormWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            await OpenFormAsync(turn, cancellationToken);
        }
        else if (text.Length > 0)
        {
            await steps.DraftAsync(turn, draft => MaterialSections.Merge(draft, text), cancellationToken);
        }
        else if (CollectiveMaterialCard.Read(turn.Context.Activity) is { } fromCard)
        {
            // The form sent back after its flow was left: the fields are the draft all the same.
            await steps.DraftAsync(turn, _ => fromCard, cancellationToken);
        }
        else if (turn.Context.Activity.Attachments is { Count: > 0 } && await DocumentAsync(turn, cancellationToken) is { } document)
        {
            await steps.DraftAsync(turn, _ => document, cancellationToken);
        }
        else if (turn.Context.Activity.Attachments is not { Count: > 0 })
        {
            await view.ShowAsync(turn, cancellationToken);
        }

        return null;
    }

    /// <summary>The form (card, file or labelled text) in the lead's 1:1 chat; never in a group, where others would read it.</summary>
    private async Task OpenFormAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Context.Activity.Conversation?.IsGroup == true)
        {
            await turn.Context.SendActivityAsync(CollectiveMaterialTexts.DraftInPrivate.In(turn.Locale), cancellationToken);
            return;
        }

        var (may, draft) = await steps.OpenDraftAsync(turn, cancellationToken);
        if (may)
        {
            await turn.Dialogs.BeginDialogAsync(CollectiveMaterialDraftDialog.DialogId, draft, cancellationToken);
        }
    }

    /// <summary>A Word file sent with the command (Teams sends file and text together), or null after saying why not.</summary>
    private async Task<ExaminationMaterial?> DocumentAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierAsync(turn.Context, cancellationToken) is not { } found)
        {
            return null;
        }

        var (document, refusal) = await upload.ReadDocumentAsync(turn.Context.Activity, DocumentKeys.Of(DocumentId.CollectiveMaterial(found.Meeting.Id)), turn.Locale, cancellationToken);
        if (refusal is not null)
        {
            await turn.Context.SendActivityAsync(refusal, cancellationToken);
        }

        return document is null ? null : ExaminationMaterial.FromDocument(document);
    }

    public Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken) =>
        IsCirculate(turn.Argument) ? steps.CirculateAsync(turn, cancellationToken)
        : After(turn.Argument, ApproveWords) is not null ? review.ApproveAsync(turn, details, cancellationToken)
        : steps.FinaliseAsync(turn, cancellationToken);

    /// <summary>The text after a leading review word (批准 同意 → 同意), empty when it stands alone; null when it does not lead.</summary>
    private static string? After(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || CommandText.IsSeparator(text[word.Length])))
            {
                return CommandText.TrimSeparators(text[word.Length..]);
            }
        }

        return null;
    }

    private static bool IsCirculate(string text) => CirculateCommand.Names.Contains(text, StringComparer.OrdinalIgnoreCase);

    private static bool IsFinalise(string text) => FinaliseCommand.Names.Contains(text, StringComparer.OrdinalIgnoreCase);
}
