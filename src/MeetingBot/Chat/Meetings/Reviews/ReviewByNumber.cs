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
        var context = turn.Context;
        var parts = turn.Argument.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            await context.SendActivityAsync(ReviewTexts.NumberUsage.In(turn.Locale), cancellationToken);
            return;
        }

        if (await current.FindAsync(context, cancellationToken) is not { } found)
        {
            await context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        var queue = ReviewQueue.For(found.Dossier, found.Template, found.Actor);
        if (!queue.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(queue.Failure, turn.Locale), cancellationToken);
            return;
        }

        if (number < 1 || number > queue.Value.Count)
        {
            await context.SendActivityAsync(ReviewTexts.NoSuchNumber.In(turn.Locale, number), cancellationToken);
            return;
        }

        var item = queue.Value[number - 1];
        var comment = parts.Length > 1 ? parts[1] : null;
        var result = await decisions.DecideAsync(context, item.StorageKey, item.Version, approve, comment, turn.Locale, cancellationToken);
        await context.SendActivityAsync(result.Reply, cancellationToken);
    }
}
