using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>
/// Finds which of the author's items to reopen (the only returned one, or the one named by reference, kind or other
/// member), lets the domain refuse (not his, with the lead, approved), and opens it in his 1:1 chat with the last
/// version and the comment. In a group it says only where to go: an item's content never appears there.
/// </summary>
public sealed class RevisionStarter(MeetingResolver lookup, MeetingRepository repository, RevisionView view)
{
    public async Task StartAsync(CommandTurn turn, string argument, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        if (await lookup.ParticipantOrRefuseAsync(context, null, cancellationToken) is not { } found)
        {
            return;
        }

        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            var command = (locale == UserLocale.En ? "revise " : "修改 ") + argument;
            await context.SendActivityAsync(RevisionTexts.InGroup.In(locale, command.Trim()), cancellationToken);
            return;
        }

        // 修改 第二点 新内容: the change comes with the command, for the one item it can be about.
        var firstEdit = ReviewReferenceText.Parse(argument) is null && SubmissionKinds.Parse(argument).Kind is null ? PointEdit.Parse(argument) : null;
        if (firstEdit is not null)
        {
            argument = string.Empty;
        }

        var dossier = await repository.GetDossierAsync(turn.UnitOfWork, found.Meeting.Id, cancellationToken);
        var mine = dossier!.Submissions.Where(s => s.AuthorId == found.Actor.UserId && SubmissionKinds.FromDeliverableKind(s.Kind) is not null).ToList();
        if (Named(found, context.Activity, argument, mine, locale, out var problem) is not { } candidates)
        {
            await context.SendActivityAsync(problem!, cancellationToken);
            return;
        }

        var opened = candidates.Select(s => (Submission: s, Outcome: Revision.Open(found.Meeting, found.Template, s, found.Actor))).ToList();
        // Asked without naming anything: what came back to him, not everything he might hand in again.
        var ready = opened.Where(o => o.Outcome.IsSuccess
            && (argument.Length > 0 || o.Submission.State is SubmissionState.Returned or SubmissionState.Withdrawn)).ToList();
        if (ready.Count == 1)
        {
            await OpenAsync(turn, found, ready[0].Outcome.Value, firstEdit, cancellationToken);
            return;
        }

        if (ready.Count > 1)
        {
            var lines = ready.Select(r => "- " + RevisionTexts.ChooseLine.In(locale, Title(found, r.Submission, locale), (locale == UserLocale.En ? "revise " : "修改 ") + Argument(found, r.Submission, locale)));
            await context.SendActivityAsync(RevisionTexts.Choose.In(locale, ready.Count) + "\n" + string.Join("\n", lines), cancellationToken);
            return;
        }

        await context.SendActivityAsync(opened.Count == 1 && argument.Length > 0
            ? FailureReply.For(opened[0].Outcome.Failure!, locale)
            : argument.Length > 0 && opened.Count == 0 ? RevisionTexts.NotFound.In(locale) : RevisionTexts.NoneReturned.In(locale), cancellationToken);
    }

    /// <summary>The item's title as its author reads it: 提纲7 批评发言提纲 → 张伟.</summary>
    public static string Title(MeetingInTurn found, Submission submission, UserLocale locale)
    {
        var name = found.Template.FindDeliverable(submission.DeliverableId)?.Name;
        return (submission.Reference is { } reference ? ReviewReferenceText.Of(reference, locale) + " " : string.Empty)
            + (name is null ? submission.DeliverableId : locale == UserLocale.En ? name.En : name.ZhCn)
            + (submission.TargetId is null ? string.Empty : " → " + MarkdownEscape.Text(found.Meeting.NameOf(submission.TargetId)));
    }

    private async Task OpenAsync(CommandTurn turn, MeetingInTurn found, Revision revision, PointEdit? firstEdit, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        var submission = revision.Submission;
        var kind = SubmissionKinds.FromDeliverableKind(submission.Kind)!.Value;
        var request = new SubmissionRequest(found.Meeting.Id, kind, submission.DeliverableId, submission.TargetId,
            submission.TargetId is null ? null : found.Meeting.NameOf(submission.TargetId));
        if (ContentEdits.Parts(revision.WorkingCopy) is [null])
        {
            // One answer (attendance, a report upward) or an uploaded file: nothing to change point by point.
            await context.SendActivityAsync(RevisionTexts.RetypeInstead.In(locale, SubmissionDialog.ResumeArgument(request, locale)), cancellationToken);
            return;
        }

        var state = new RevisionState(request, revision.WorkingCopy, submission.Draft is not null);
        await context.SendActivityAsync(await view.OpeningAsync(found, revision, state, Title(found, submission, locale), locale, cancellationToken), cancellationToken);
        if (ChannelCapabilities.RendersAdaptiveCards(context.Activity.ChannelId))
        {
            var names = revision.WorkingCopy is Coordination.Submissions.Contents.ExaminationMaterial
                ? RevisionTexts.MaterialParts.In(locale).Split(locale == UserLocale.En ? "; " : "；")
                : null;
            await context.SendActivityAsync(RevisionCard.Of(view.PartTexts(found, revision.WorkingCopy, locale), names, locale), cancellationToken);
        }

        await turn.Dialogs.BeginDialogAsync(RevisionDialog.DialogId, new RevisionStart(state, firstEdit), cancellationToken);
    }

    /// <summary>The items the argument names (all his items when it names none), or null with what to reply.</summary>
    private static List<Submission>? Named(
        MeetingInTurn found, BotFramework.Schema.Activity activity, string argument, List<Submission> mine, UserLocale locale, out string? problem)
    {
        problem = null;
        if (argument.Length == 0)
        {
            return mine;
        }

        if (ReviewReferenceText.Parse(argument) is { After.Length: 0 } referenced)
        {
            return [.. mine.Where(s => s.Reference == referenced.Reference)];
        }

        var (kind, rest) = SubmissionKinds.Parse(argument);
        if (kind is not { } chosen)
        {
            problem = RevisionTexts.NotFound.In(locale);
            return null;
        }

        var ofKind = mine.Where(s => s.Kind == SubmissionKinds.DeliverableKindOf(chosen)).ToList();
        if (rest.Length == 0 || !SubmissionKinds.NeedsTarget(chosen))
        {
            return ofKind;
        }

        if (MentionedParticipant.Find(activity, found.Meeting, rest, out var typed) is not { } target)
        {
            problem = SubmissionTexts.TargetUnknown.In(locale, MarkdownEscape.Text(typed));
            return null;
        }

        return [.. ofKind.Where(s => s.TargetId == target.UserId)];
    }

    private static string Argument(MeetingInTurn found, Submission submission, UserLocale locale) =>
        submission.Reference is { } reference
            ? ReviewReferenceText.Of(reference, locale)
            : SubmissionKinds.Word(SubmissionKinds.FromDeliverableKind(submission.Kind)!.Value, locale)
                + (submission.TargetId is null ? string.Empty : " @" + found.Meeting.NameOf(submission.TargetId));
}
