using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>全部批准</c> / <c>approve all</c>: approves what the lead is looking at — the items of his last <c>待审</c> listing
/// still as he saw them — after one confirmation that lists every item and whom each approval discloses it to.
/// </summary>
public sealed class ApproveAllCommand(ReviewListings listings, MeetingRepository repository, Coordination.Templates.TemplateLibrary templates, TimeProvider time)
    : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("review-approve-all", ["全部批准", "批准全部"], ["approve all"], ReviewTexts.ApproveAllCommand);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        var listing = await listings.GetAsync(context, cancellationToken);
        var dossier = listing is { Items.Count: > 0 } ? await repository.GetDossierAsync(listing.MeetingId, cancellationToken) : null;
        var template = dossier is null ? null : templates.Find(dossier.Meeting.TemplateId);
        if (listing is null || dossier is null || template is null)
        {
            await context.SendActivityAsync(ReviewTexts.NoListing.In(locale), cancellationToken);
            return;
        }

        var actor = MeetingTurn.ActorOf(context);
        if (Access.AsLead(dossier.Meeting, actor) is { } refusal)
        {
            await context.SendActivityAsync(FailureReply.For(refusal, locale), cancellationToken);
            return;
        }

        // Only what is still exactly as the listing showed it: an item changed since (withdrawn, resubmitted, decided)
        // is left out and named, so the lead never approves a version he did not see.
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var lines = new List<string>();
        var items = new List<ApproveAllItem>();
        var changed = new List<string>();
        foreach (var listed in listing.Items)
        {
            var submission = dossier.Submissions.FirstOrDefault(s => s.StorageKey == listed.Key);
            var deliverable = submission is null ? null : template.FindDeliverable(submission.DeliverableId);
            var label = new ReviewReference(listed.Series, listed.Number) is { Number: > 0 } r ? ReviewReferenceText.Of(r, locale) : string.Empty;
            if (submission is null || deliverable is null || submission.Version != listed.ItemVersion || !submission.AwaitsReview(deliverable.RequiresApproval))
            {
                changed.Add(label);
                continue;
            }

            items.Add(new ApproveAllItem(listed.Key, listed.ItemVersion));
            var what = $"{label} {deliverable.Name.In(culture)} — {dossier.Meeting.NameOf(submission.AuthorId)}";
            lines.Add(ApproveSubmission.DisclosesTo(submission) is { } target
                ? ReviewTexts.ApproveAllDiscloses.In(locale, what, dossier.Meeting.NameOf(target))
                : ReviewTexts.ApproveAllNoDisclosure.In(locale, what));
        }

        if (items.Count == 0)
        {
            await context.SendActivityAsync(ReviewTexts.ApproveAllNothingLeft.In(locale), cancellationToken);
            return;
        }

        var summary = string.Join("\n", [
            ReviewTexts.ApproveAllHeading.In(locale, items.Count),
            .. lines,
            .. changed.Count > 0 ? [ReviewTexts.ApproveAllChanged.In(locale, UserLocales.List(locale, changed))] : Array.Empty<string>(),
            ReviewTexts.ApproveAllAsk.In(locale, (int)ApproveAllConfirmation.TimeLimit.TotalMinutes),
        ]);
        await turn.Dialogs.BeginDialogAsync(ApproveAllConfirmation.DialogId, new ApproveAllRequest(items, summary, time.GetUtcNow()), cancellationToken);
    }
}
