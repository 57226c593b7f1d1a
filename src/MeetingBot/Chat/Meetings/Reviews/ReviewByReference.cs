using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The plain-text path of a review: <c>批准 提纲7</c> / <c>退回 提纲7 意见</c> by the item's stable reference (at the
/// version stored now), or <c>批准 2</c> by its number in the <c>待审</c> listing the lead was shown (at the version that
/// listing showed) — never by its place in the queue as it is later, which moves as items are decided.
/// </summary>
public sealed class ReviewByReference(CurrentMeeting current, ReviewListings listings, ReviewDecisions decisions)
{
    public async Task HandleAsync(CommandTurn turn, bool approve, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (ReviewReferenceText.Parse(turn.Argument) is { } named)
        {
            if (await current.FindAsync(context, cancellationToken) is not { } found)
            {
                await context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
                return;
            }

            if (found.Dossier.Submissions.FirstOrDefault(s => s.Reference == named.Reference) is not { } submission)
            {
                await context.SendActivityAsync(ReviewTexts.NoSuchReference.In(turn.Locale, ReviewReferenceText.Of(named.Reference, turn.Locale)), cancellationToken);
                return;
            }

            await DecideAsync(turn, submission.StorageKey, submission.Version, approve, named.After, cancellationToken);
            return;
        }

        var parts = turn.Argument.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            await context.SendActivityAsync(ReviewTexts.NumberUsage.In(turn.Locale), cancellationToken);
            return;
        }

        if (await listings.GetAsync(context, cancellationToken) is not { Items.Count: > 0 } listing)
        {
            await context.SendActivityAsync(ReviewTexts.NoListing.In(turn.Locale), cancellationToken);
            return;
        }

        if (number < 1 || number > listing.Items.Count)
        {
            await context.SendActivityAsync(ReviewTexts.NoSuchNumber.In(turn.Locale, number), cancellationToken);
            return;
        }

        var listed = listing.Items[number - 1];
        await DecideAsync(turn, listed.Key, listed.ItemVersion, approve, parts.Length > 1 ? parts[1] : null, cancellationToken);
    }

    private async Task DecideAsync(CommandTurn turn, string key, long version, bool approve, string? comment, CancellationToken cancellationToken)
    {
        var result = await decisions.DecideAsync(turn.Context, key, version, approve, string.IsNullOrWhiteSpace(comment) ? null : comment, turn.Locale, cancellationToken);
        await turn.Context.SendActivityAsync(result.Reply, cancellationToken);
    }
}
