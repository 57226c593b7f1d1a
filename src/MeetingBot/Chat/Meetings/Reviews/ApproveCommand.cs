using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>批准 n</c> / <c>approve n</c>: shows which item the number names (and, for an outline, that its target will be
/// shown it), and approves exactly that item at that version once confirmed.
/// </summary>
public sealed class ApproveCommand(ReviewByNumber review, ReviewDecisions decisions, ConfirmationGate confirmations) : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("review-approve", ["批准"], ["approve"], ReviewTexts.ApproveCommand,
        ArgumentShape.Number(new LocalText("2", "2"), textAfter: true));

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await review.FindAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var item = found.Item;
        var what = MeetingText.In(item.DeliverableName, turn.Locale);
        var discloses = item.TargetName is not null
            && found.Meeting.Template.FindDeliverable(item.DeliverableId)?.Kind == DeliverableKind.CriticismOutline;
        var description = discloses
            ? WhatWillHappen.ApproveAndDisclose.In(turn.Locale, item.AuthorName, what, item.VersionNumber, item.TargetName!)
            : WhatWillHappen.Approve.In(turn.Locale, item.AuthorName, what, item.VersionNumber);
        return new ConfirmationRequest(description, item.StorageKey + "\n" + item.Version.ToString(CultureInfo.InvariantCulture));
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        // Exactly the item and version that were shown, whatever the queue holds now.
        var parts = details?.Split('\n') ?? [];
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return;
        }

        var words = turn.Argument.Split(' ', 2, StringSplitOptions.TrimEntries);
        var comment = words.Length > 1 && words[1].Length > 0 ? words[1] : null;
        var result = await decisions.DecideAsync(turn.Context, parts[0], version, approve: true, comment, turn.Locale, cancellationToken);
        await turn.Context.SendActivityAsync(result.Reply, cancellationToken);
    }
}
