using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>转交 材料1 @赵组长 本人分管，请督导组把关</c> / <c>hand-on material1 @Zhao I oversee this area</c>: the reviewer an item
/// is with hands its review on to another person the template lets review it, with a reason (the domain decides who
/// may). The new reviewer gets the item's card 1:1 with who handed it on and why; the item's history and the meeting's
/// audit trail record it.
/// </summary>
public sealed class HandOnCommand(MeetingResolver current, MeetingRepository repository, ReviewRequests requests, TimeProvider time) : IChatCommandHandler
{
    private const string NoticeEvent = "review-handed-on";

    public ChatCommand Command { get; } = new("review-hand-on", ["转交"], ["hand-on"], ReviewTexts.HandOnCommand,
        ArgumentShape.StartingWith(new LocalText("材料1 @赵组长 本人分管", "material1 @Zhao I oversee this area"), text => ReviewReferenceText.Parse(text) is not null));

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        if (ReviewReferenceText.Parse(turn.Argument) is not { } named)
        {
            await context.SendActivityAsync(ReviewTexts.HandOnUsage.In(locale), cancellationToken);
            return;
        }

        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        if (dossier.Submissions.FirstOrDefault(s => s.Reference == named.Reference) is not { } submission)
        {
            await context.SendActivityAsync(ReviewTexts.NoSuchReference.In(locale, ReviewReferenceText.Of(named.Reference, locale)), cancellationToken);
            return;
        }

        if (HandOnTarget.Of(turn, found.Meeting, named.After) is not var (to, reason))
        {
            await context.SendActivityAsync(ReviewTexts.HandOnUsage.In(locale), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<Submission>(turn.UnitOfWork, submission.Id, stored => stored is null
            ? Failure.NotFound(FailureCodes.SubmissionNotFound)
            : new DelegateReview(stored.Version, to.UserId, reason).Decide(found.Meeting, found.Template, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (!outcome.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(outcome.Failure, locale), cancellationToken);
            return;
        }

        var handedOn = outcome.Value;
        var from = MarkdownEscape.Text(found.Actor.Name);
        var why = MarkdownEscape.Text(reason);
        await requests.SendToAsync(context, found, handedOn, to, NoticeEvent + "-" + handedOn.Version,
            (item, l) => ReviewTexts.HandedOnNotice.In(l, from, MarkdownEscape.Text(item.AuthorName), item.DeliverableName.In(l == UserLocale.En ? "en" : "zh-CN"), why),
            cancellationToken);
        var label = ReviewReferenceText.Of(named.Reference, locale);
        await context.SendActivityAsync(ReviewTexts.HandedOn.In(locale, label, MarkdownEscape.Text(to.Name)), cancellationToken);
    }
}
