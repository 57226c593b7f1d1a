using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The plain-text path of a review: <c>批准 n</c> / <c>退回 n 意见</c> by the number in the current queue (oldest
/// first, as <c>待审</c> lists it), at the version the queue holds now.
/// </summary>
public sealed class ReviewByNumber(CurrentMeeting current, ReviewDecisions decisions)
{
    public async Task HandleAsync(CommandTurn turn, bool approve, CancellationToken cancellationToken)
    {
        if (await FindAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var result = await decisions.DecideAsync(turn.Context, found.Item.StorageKey, found.Item.Version, approve, found.Comment, turn.Locale, cancellationToken);
        await turn.Context.SendActivityAsync(result.Reply, cancellationToken);
    }

    /// <summary>The item the number names now, with the comment typed after it; null after replying why there is none.</summary>
    public async Task<(ReviewQueueItem Item, string? Comment, MeetingInContext Meeting)?> FindAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var parts = turn.Argument.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            await context.SendActivityAsync(ReviewTexts.NumberUsage.In(turn.Locale), cancellationToken);
            return null;
        }

        if (await current.FindAsync(context, cancellationToken) is not { } found)
        {
            await context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return null;
        }

        var queue = ReviewQueue.For(found.Dossier, found.Template, found.Actor);
        if (!queue.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(queue.Failure, turn.Locale), cancellationToken);
            return null;
        }

        if (number < 1 || number > queue.Value.Count)
        {
            await context.SendActivityAsync(ReviewTexts.NoSuchNumber.In(turn.Locale, number), cancellationToken);
            return null;
        }

        return (queue.Value[number - 1], parts.Length > 1 ? parts[1] : null, found);
    }
}
