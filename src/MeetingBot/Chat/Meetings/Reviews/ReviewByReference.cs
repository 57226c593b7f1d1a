using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The plain-text path of a review: <c>批准 提纲7</c> / <c>退回 提纲7 意见</c> by the item's stable reference (at the
/// version stored now), or <c>批准 2</c> by its number in the <c>待审</c> listing the lead was shown (at the version that
/// listing showed) — never by its place in the queue as it is later, which moves as items are decided.
/// </summary>
public sealed class ReviewByReference(MeetingResolver current, ReviewListings listings, ReviewDecisions decisions)
{
    /// <summary>Decides at once (退回: returning discloses nothing and can be answered by a resubmission).</summary>
    public async Task HandleAsync(CommandTurn turn, bool approve, CancellationToken cancellationToken)
    {
        if (await FindAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var result = await decisions.DecideAsync(turn.Context, found.Item.Id.ToString(), found.Version, approve, found.Comment, turn.Locale, cancellationToken);
        await turn.Context.SendActivityAsync(result.Reply, cancellationToken);
    }

    /// <summary>
    /// The pending item the argument names, the version to decide at and the comment typed after it; null after
    /// replying why there is none.
    /// </summary>
    public async Task<(ReviewQueueItem Item, long Version, string? Comment, MeetingInTurn Meeting)?> FindAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var named = ReviewReferenceText.Parse(turn.Argument);
        var parts = turn.Argument.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var number = 0;
        if (named is null && (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out number)))
        {
            await context.SendActivityAsync(ReviewTexts.NumberUsage.In(turn.Locale), cancellationToken);
            return null;
        }

        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        string key;
        long version;
        string? comment;
        if (named is { } reference)
        {
            if (dossier.Submissions.FirstOrDefault(s => s.Reference == reference.Reference) is not { } submission)
            {
                await context.SendActivityAsync(ReviewTexts.NoSuchReference.In(turn.Locale, ReviewReferenceText.Of(reference.Reference, turn.Locale)), cancellationToken);
                return null;
            }

            (key, version, comment) = (submission.Id.ToString(), submission.Version, reference.After);
        }
        else
        {
            if (await listings.GetAsync(context, cancellationToken) is not { Items.Count: > 0 } listing)
            {
                await context.SendActivityAsync(ReviewTexts.NoListing.In(turn.Locale), cancellationToken);
                return null;
            }

            if (number < 1 || number > listing.Items.Count)
            {
                await context.SendActivityAsync(ReviewTexts.NoSuchNumber.In(turn.Locale, number), cancellationToken);
                return null;
            }

            var listed = listing.Items[number - 1];
            (key, version, comment) = (listed.Key, listed.ItemVersion, parts.Length > 1 ? parts[1] : null);
        }

        // An item that is not with the actor: say whose review it awaits (the supervisors for the lead's own material),
        // so he knows whom to turn to; names only, never content.
        if (dossier.Submissions.FirstOrDefault(s => s.Id.ToString() == key) is { } pending
            && found.Template.FindDeliverable(pending.DeliverableId) is { } deliverable
            && pending.AwaitsReview(deliverable.RequiresApproval)
            && Reviewing.AsReviewer(found.Meeting, found.Template, deliverable, pending, found.Actor) is { } notHis)
        {
            await context.SendActivityAsync(FailureReply.For(notHis, turn.Locale), cancellationToken);
            return null;
        }

        var queue = ReviewQueue.For(dossier, found.Template, found.Actor);
        if (!queue.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(queue.Failure, turn.Locale), cancellationToken);
            return null;
        }

        // Decided, withdrawn or changed since it was listed: never act on what the lead did not see.
        if (queue.Value.FirstOrDefault(i => i.Id.ToString() == key) is not { } item || item.Version != version)
        {
            await context.SendActivityAsync(named is { } gone
                ? ReviewTexts.NoSuchReference.In(turn.Locale, ReviewReferenceText.Of(gone.Reference, turn.Locale))
                : ReviewTexts.ListedItemChanged.In(turn.Locale, number), cancellationToken);
            return null;
        }

        comment = CommandText.TrimSeparators(comment ?? string.Empty);
        return (item, version, comment.Length == 0 ? null : comment, found);
    }
}
