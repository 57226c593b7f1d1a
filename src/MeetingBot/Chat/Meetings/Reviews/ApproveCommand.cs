using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>批准 提纲7</c> or <c>批准 n</c> / <c>approve outline7</c>: shows which item it names (and, for an outline, that its
/// target will be shown it), and approves exactly that item at that version once confirmed.
/// </summary>
public sealed class ApproveCommand(ReviewByReference review, ReviewDecisions decisions, ConfirmationGate confirmations) : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("review-approve", ["批准"], ["approve"], ReviewTexts.ApproveCommand,
        ReviewItemArgument.Shape(new LocalText("提纲7", "outline7")));

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
            ? WhatWillHappen.ApproveAndDisclose.In(turn.Locale, MarkdownEscape.Text(item.AuthorName), what, item.VersionNumber, MarkdownEscape.Text(item.TargetName))
            : WhatWillHappen.Approve.In(turn.Locale, MarkdownEscape.Text(item.AuthorName), what, item.VersionNumber);
        return new ConfirmationRequest(description,
            string.Join('\n', item.Id.ToString(), found.Version.ToString(CultureInfo.InvariantCulture), found.Comment ?? string.Empty));
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        // Exactly the item and version that were shown, whatever the queue holds now.
        var parts = details?.Split('\n', 3) ?? [];
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return;
        }

        var comment = parts[2].Length > 0 ? parts[2] : null;
        var result = await decisions.DecideAsync(turn.Context, parts[0], version, approve: true, comment, turn.Locale, cancellationToken);
        await turn.Context.SendActivityAsync(result.Reply, cancellationToken);
    }
}
