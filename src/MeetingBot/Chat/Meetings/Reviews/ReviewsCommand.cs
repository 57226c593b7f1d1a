using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>待审</c> / <c>reviews</c>: the lead's queue, one card (or numbered text) per item, each under its stable
/// reference (提纲7). In 1:1 the listing is remembered, so <c>批准 2</c> and <c>全部批准</c> act on what it showed. In a
/// group only the count: outlines and materials are never shown where others can read them.
/// </summary>
public sealed class ReviewsCommand(MeetingResolver current, ReviewItemLinks links, ReviewReferenceIssuer issuer, ReviewListings listings, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("reviews", ["待审"], ["reviews"], ReviewTexts.ReviewsCommand, ArgumentShape.None);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var queue = ReviewQueue.For(dossier, found.Template, found.Actor);
        if (!queue.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(queue.Failure, turn.Locale), cancellationToken);
            return;
        }

        var items = queue.Value;
        // The collective material sent for review (送审) is not a submission: it is named on its own line, with its verbs.
        var collective = dossier.CollectiveMaterial is { } material && CollectiveReview.IsCurrent(found.Meeting, found.Template, material, found.Actor.UserId)
            ? material
            : null;
        if (items.Count == 0 && collective is null)
        {
            await context.SendActivityAsync(ReviewTexts.NothingToReview.In(turn.Locale), cancellationToken);
            return;
        }

        if (context.Activity.Conversation?.IsGroup == true)
        {
            await context.SendActivityAsync(ReviewTexts.GroupQueue.In(turn.Locale, items.Count + (collective is null ? 0 : 1)), cancellationToken);
            return;
        }

        if (collective is not null)
        {
            await context.SendActivityAsync(CollectiveReviewTexts.InQueue.In(turn.Locale, collective.Latest!.Number), cancellationToken);
            if (items.Count == 0)
            {
                return;
            }
        }

        if (items.Any(i => i.Reference is null))
        {
            // Handed in before references existed: give them theirs now, then list the queue as stored.
            dossier = await WithReferencesAsync(found, dossier, cancellationToken);
            items = ReviewQueue.For(dossier, found.Template, found.Actor).Value;
        }

        await listings.SaveAsync(context, new ReviewListing
        {
            MeetingId = found.Meeting.Id,
            ShownAt = time.GetUtcNow(),
            Items = [.. items.Select(i => new ListedReviewItem { Series = i.Reference?.Series ?? string.Empty, Number = i.Reference?.Number ?? 0, Key = i.Id.ToString(), ItemVersion = i.Version })],
        }, cancellationToken);
        await context.SendActivityAsync(ReviewTexts.QueueHeading.In(turn.Locale, items.Count), cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            var link = await links.ForAsync(dossier, found.Template, found.Actor, items[i], cancellationToken);
            await context.SendActivityAsync(ReviewItemReply.For(dossier, found.Template, found.Actor, items[i], i + 1, turn.Locale, context.Activity.ChannelId, link), cancellationToken);
        }
    }

    private async Task<MeetingDossier> WithReferencesAsync(MeetingInTurn found, MeetingDossier dossier, CancellationToken cancellationToken)
    {
        var submissions = new List<Coordination.Submissions.Submission>();
        foreach (var submission in dossier.Submissions)
        {
            submissions.Add(await issuer.EnsureAsync(found.UnitOfWork, submission, found.Template, cancellationToken));
        }

        return dossier with { Submissions = submissions };
    }
}
