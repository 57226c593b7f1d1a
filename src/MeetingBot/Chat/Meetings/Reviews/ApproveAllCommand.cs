using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>全部批准</c> / <c>approve all</c>: approves what the reviewer is looking at — the items of his last <c>待审</c> listing
/// still as he saw them — after one confirmation (the shared <see cref="ConfirmationGate"/>) that lists every item and
/// whom each approval discloses it to.
/// </summary>
public sealed class ApproveAllCommand(
    ReviewListings listings, MeetingRepository repository, Coordination.Templates.TemplateLibrary templates, ReviewDecisions decisions,
    ConfirmationGate confirmations)
    : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("review-approve-all", ["全部批准", "批准全部"], ["approve all"], ReviewTexts.ApproveAllCommand, ArgumentShape.None);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        var listing = await listings.GetAsync(context, cancellationToken);
        var dossier = listing is { Items.Count: > 0 } ? await repository.GetDossierAsync(turn.UnitOfWork, listing.MeetingId, cancellationToken) : null;
        var template = dossier is null ? null : templates.Find(dossier.Meeting.TemplateId);
        if (listing is null || dossier is null || template is null)
        {
            await context.SendActivityAsync(ReviewTexts.NoListing.In(locale), cancellationToken);
            return null;
        }

        var actor = MeetingTurn.ActorOf(context);
        // Whoever reviews (the lead, the supervisors for the lead's own items, whom an item was handed to); each item
        // below must still be with him.
        var refusal = Access.AsParticipant(dossier.Meeting, actor)
            ?? (Reviewers.MayReviewAnything(dossier.Meeting, template, actor.UserId) || dossier.Submissions.Any(s => s.AssignedReviewerId == actor.UserId)
                ? null
                : Access.Refuse(dossier.Meeting, Coordination.Outcomes.FailureCodes.LeadOnly));
        if (refusal is not null)
        {
            await context.SendActivityAsync(FailureReply.For(refusal, locale), cancellationToken);
            return null;
        }

        // Only what is still exactly as the listing showed it: an item changed since (withdrawn, resubmitted, decided)
        // is left out and named, so the lead never approves a version he did not see.
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var lines = new List<string>();
        var items = new List<ApproveAllItem>();
        var changed = new List<string>();
        foreach (var listed in listing.Items)
        {
            var submission = dossier.Submissions.FirstOrDefault(s => s.Id.ToString() == listed.Key);
            var deliverable = submission is null ? null : template.FindDeliverable(submission.DeliverableId);
            var label = new ReviewReference(listed.Series, listed.Number) is { Number: > 0 } r ? ReviewReferenceText.Of(r, locale) : string.Empty;
            if (submission is null || deliverable is null || submission.Version != listed.ItemVersion || !submission.AwaitsReview(deliverable.RequiresApproval)
                || !Reviewers.IsCurrent(dossier.Meeting, deliverable, submission, actor.UserId))
            {
                changed.Add(label);
                continue;
            }

            items.Add(new ApproveAllItem(listed.Key, listed.ItemVersion));
            var what = $"{label} {deliverable.Name.In(culture)} — {MarkdownEscape.Text(dossier.Meeting.NameOf(submission.AuthorId))}";
            lines.Add(ApproveSubmission.DisclosesTo(submission) is { } target
                ? ReviewTexts.ApproveAllDiscloses.In(locale, what, MarkdownEscape.Text(dossier.Meeting.NameOf(target)))
                : ReviewTexts.ApproveAllNoDisclosure.In(locale, what));
        }

        if (items.Count == 0)
        {
            await context.SendActivityAsync(ReviewTexts.ApproveAllNothingLeft.In(locale), cancellationToken);
            return null;
        }

        var summary = string.Join("\n", [
            ReviewTexts.ApproveAllHeading.In(locale, items.Count),
            .. lines,
            .. changed.Count > 0 ? [ReviewTexts.ApproveAllChanged.In(locale, UserLocales.List(locale, changed))] : Array.Empty<string>(),
            ReviewTexts.ApproveAllIrrevocable.In(locale),
        ]);
        // What is confirmed is exactly these items at these versions: one "key<TAB>version" line each.
        return new ConfirmationRequest(summary,
            string.Join('\n', items.Select(i => i.Key + "\t" + i.Version.ToString(CultureInfo.InvariantCulture))));
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        var replies = new List<string>();
        foreach (var line in (details ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                var result = await decisions.DecideAsync(turn.Context, parts[0], version, approve: true, comment: null, turn.Locale, cancellationToken);
                replies.Add(result.Reply);
            }
        }

        await turn.Context.SendActivityAsync(string.Join("\n", replies), cancellationToken);
    }
}
