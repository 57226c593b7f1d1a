using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// Approves or returns one submission by its id's text at the version the lead saw, then tells the people
/// concerned 1:1: the author gets a return's comment; an approved outline's target gets its points (明示).
/// Shared by the card buttons and the typed commands, so both behave the same.
/// </summary>
public sealed class ReviewDecisions(MeetingRepository repository, MeetingDirectory meetings, TemplateLibrary templates, PersonalNotices notices, OpenQuestions questions, TimeProvider time)
{
    public async Task<ReviewResult> DecideAsync(ITurnContext turnContext, string key, long version, bool approve, string? comment, UserLocale locale, CancellationToken cancellationToken)
    {
        // The key is a submission's id as a card, a listing or a confirmation carries its text; any other text is not found.
        if (!DocumentId.TryParse(key, out var id) || id.Kind != DocumentKind.Submission)
        {
            return new ReviewResult(false, ReviewTexts.NotFound.In(locale));
        }

        var unitOfWork = TurnUnitOfWork.Of(turnContext);
        var found = await repository.GetAsync<Submission>(unitOfWork, id, cancellationToken);
        var meeting = found is null || found.Id != id ? null : await repository.GetMeetingAsync(unitOfWork, found.MeetingId, cancellationToken);
        var template = meeting is null ? null : templates.Find(meeting.TemplateId);
        if (found is null || meeting is null || template is null)
        {
            return new ReviewResult(false, ReviewTexts.NotFound.In(locale));
        }

        // The key comes from the client (a card's data): it must name an item of a meeting this turn is about and
        // the actor is in, whatever the key says; a key from another meeting is "not found".
        var actor = MeetingTurn.ActorOf(turnContext);
        var turnMeetings = await meetings.ForTurnAsync(turnContext, cancellationToken);
        if (!turnMeetings.Contains(meeting.Id, StringComparer.Ordinal) || Access.ToItemOf(meeting, found.MeetingId, actor) is not null)
        {
            return new ReviewResult(false, ReviewTexts.NotFound.In(locale));
        }
        var outcome = await repository.UpdateAsync<Submission>(unitOfWork, id, current => current is null
            ? Failure.NotFound(FailureCodes.SubmissionNotFound)
            : approve
                ? new ApproveSubmission(version, comment).Decide(meeting, template, current, actor, time.GetUtcNow())
                : new ReturnSubmission(version, comment ?? string.Empty).Decide(meeting, template, current, actor, time.GetUtcNow()),
            cancellationToken);
        if (!outcome.IsSuccess)
        {
            return new ReviewResult(false, Refusal(outcome.Failure, locale));
        }

        var submission = outcome.Value;
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var name = template.FindDeliverable(submission.DeliverableId)?.Name;
        var what = Labelled(submission, name?.In(culture) ?? submission.DeliverableId, locale);
        var author = MarkdownEscape.Text(meeting.NameOf(submission.AuthorId));
        var channelId = turnContext.Activity.ChannelId ?? string.Empty;
        var number = submission.Latest!.Number;
        if (!approve)
        {
            // The author is asked to revise; 修改 (or the card's button) answers that, naming this item.
            var question = OpenQuestion.Ask(OpenQuestionKinds.Returned, meeting.Id, submission.Id.ToString(),
                submission.Reference is { } reference ? ReviewReferenceText.Of(reference, UserLocale.ZhCn) : string.Empty, time.GetUtcNow(), meeting.StartsAt);
            if (await notices.SendAsync(turnContext, new PersonalNotice(channelId, submission.AuthorId,
                NoticeKeys.For(meeting.Id, NoticeKeys.Returned, submission.Id, number, submission.AuthorId),
                l => OpenQuestionCard.Ask(ReviewTexts.ReturnedNotice.In(l, Labelled(submission, name?.In(l == UserLocale.En ? "en" : "zh-CN") ?? submission.DeliverableId, l), number,
                    MarkdownEscape.Text(submission.LatestReturn!.Comment), ReviseArgument(meeting, submission, l)), question, l, channelId)), cancellationToken))
            {
                await questions.AskAsync(turnContext, channelId, submission.AuthorId, question, cancellationToken);
            }

            return new ReviewResult(true, ReviewTexts.Returned.In(locale, what, author));
        }

        if (submission.DisclosedAt is not null && submission.TargetId is { } targetId && submission.Latest?.Content is CriticismOutline outline)
        {
            // 明示: only the criticised member, in his own 1:1 chat; never a group.
            await notices.SendAsync(turnContext, PersonalNotice.Text(channelId, targetId,
                NoticeKeys.For(meeting.Id, NoticeKeys.Disclosed, submission.Id, number, targetId),
                l => string.Join("\n", [ReviewTexts.DisclosureNotice.In(l, author), .. ContentLines.Points(outline.Points, l)])), cancellationToken);
            return new ReviewResult(true, ReviewTexts.ApprovedAndDisclosed.In(locale, what, author, MarkdownEscape.Text(meeting.NameOf(targetId))));
        }

        return new ReviewResult(true, ReviewTexts.Approved.In(locale, what, author));
    }

    // What the author types to reopen it (修改 提纲7): the reference, or the kind and the other member before it had one.
    private static string ReviseArgument(Meeting meeting, Submission submission, UserLocale locale) =>
        submission.Reference is { } reference
            ? ReviewReferenceText.Of(reference, locale)
            : Submissions.SubmissionKinds.FromDeliverableKind(submission.Kind) is { } kind
                ? Submissions.SubmissionKinds.Word(kind, locale) + (submission.TargetId is null ? string.Empty : " @" + meeting.NameOf(submission.TargetId))
                : string.Empty;

    // The stable reference before the name (提纲7 批评发言提纲): what the lead and the author both can name it by.
    private static string Labelled(Submission submission, string name, UserLocale locale) =>
        submission.Reference is { } reference ? ReviewReferenceText.Of(reference, locale) + " " + name : name;

    // A stale version means the card or list was out of date: say so plainly rather than the generic conflict text.
    private static string Refusal(Failure failure, UserLocale locale) =>
        failure.Code == FailureCodes.StaleVersion ? ReviewTexts.Stale.In(locale) : FailureReply.For(failure, locale);
}
