using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>撤回 提纲7</c> / <c>withdraw outline7</c>: the author takes back his own item the lead has not decided yet (the
/// domain allows only the author, only while pending); alone, <c>撤回</c> takes back his one pending item or lists
/// them. The lead is told 1:1, so his listing's item is not approved by mistake.
/// </summary>
public sealed class WithdrawCommand(MeetingResolver current, MeetingRepository repository, PersonalNotices notices, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("review-withdraw", ["撤回"], ["withdraw"], ReviewTexts.WithdrawCommand,
        ArgumentShape.StartingWith(new LocalText("提纲7", "outline7"), text => ReviewReferenceText.Parse(text) is not null));

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var mine = dossier.Submissions
            .Where(s => s.AuthorId == found.Actor.UserId && found.Template.FindDeliverable(s.DeliverableId) is { } d && s.AwaitsReview(d.RequiresApproval))
            .OrderBy(s => s.Latest!.SubmittedAt)
            .ToList();
        Submission? chosen;
        if (ReviewReferenceText.Parse(turn.Argument) is { } named)
        {
            chosen = dossier.Submissions.FirstOrDefault(s => s.Reference == named.Reference);
            if (chosen is null)
            {
                await context.SendActivityAsync(ReviewTexts.NoSuchReference.In(locale, ReviewReferenceText.Of(named.Reference, locale)), cancellationToken);
                return;
            }
        }
        else if (turn.Argument.Length == 0 && mine.Count == 1)
        {
            chosen = mine[0];
        }
        else
        {
            await context.SendActivityAsync(mine.Count == 0
                ? ReviewTexts.NothingToWithdraw.In(locale)
                : ReviewTexts.WhichToWithdraw.In(locale, UserLocales.List(locale, [.. mine.Select(s => Label(found, s, locale))])), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<Submission>(turn.UnitOfWork, chosen.Id, stored => stored is null
            ? Failure.NotFound(FailureCodes.SubmissionNotFound)
            : new WithdrawSubmission(stored.Version).Decide(found.Meeting, found.Template, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (!outcome.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(outcome.Failure, locale), cancellationToken);
            return;
        }

        var withdrawn = outcome.Value;
        var number = withdrawn.Latest!.Number;
        // Whom it was with (the lead, the supervisors for the lead's own, whom it was handed to) is told.
        var reviewers = found.Template.FindDeliverable(withdrawn.DeliverableId) is { } deliverable ? Reviewers.Current(found.Meeting, deliverable, withdrawn) : [];
        foreach (var reviewer in reviewers.Where(r => r.UserId != found.Actor.UserId))
        {
            await notices.SendAsync(context, PersonalNotice.Text(MeetingTurn.ChannelOf(found.Meeting), reviewer.UserId,
                NoticeKeys.For(found.Meeting.Id, NoticeKeys.Withdrawn, withdrawn.Id, number, reviewer.UserId),
                l => ReviewTexts.WithdrawnNotice.In(l, MarkdownEscape.Text(found.Meeting.NameOf(withdrawn.AuthorId)), Label(found, withdrawn, l), number)), cancellationToken);
        }

        await context.SendActivityAsync(ReviewTexts.Withdrawn.In(locale, Label(found, withdrawn, locale), number), cancellationToken);
    }

    private static string Label(MeetingInTurn found, Submission submission, UserLocale locale)
    {
        var name = found.Template.FindDeliverable(submission.DeliverableId)?.Name.In(locale == UserLocale.En ? "en" : "zh-CN") ?? string.Empty;
        var target = submission.TargetId is { } t ? " → " + MarkdownEscape.Text(found.Meeting.NameOf(t)) : string.Empty;
        return (submission.Reference is { } r ? ReviewReferenceText.Of(r, locale) + " " : string.Empty) + name + target;
    }
}
