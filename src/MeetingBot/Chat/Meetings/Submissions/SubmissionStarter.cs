using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Starts (or resumes) a submission flow: finds the meeting, the deliverable and the other member, lets the domain
/// refuse early (not a participant, not owed, target not a member, pair not planned), and in a group chat says only
/// that the flow continues privately — never any content.
/// </summary>
public sealed class SubmissionStarter(MeetingResolver lookup, SubmissionUpdates store, IEnumerable<ISubmissionForm> forms, PersonalConversations personal, PrivateFlowStart privateStart, MeetingRepository repository, TimeProvider time)
{
    private readonly Dictionary<SubmissionKind, ISubmissionForm> _forms = forms.ToDictionary(f => f.Kind);

    public async Task StartAsync(CommandTurn turn, bool resume, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        var (kind, rest) = SubmissionKinds.Parse(turn.Argument);
        if (kind is null && resume && turn.Argument.Length == 0 && await OnlyDraftAsync(turn, cancellationToken) is { } only)
        {
            (kind, rest) = SubmissionKinds.Parse(only);
        }

        if (kind is not { } chosen)
        {
            await context.SendActivityAsync(SubmissionTexts.WhichKind.In(locale), cancellationToken);
            return;
        }

        if (await lookup.ParticipantOrRefuseAsync(context, null, cancellationToken) is not { } found)
        {
            return;
        }

        if (found.Template.FindDeliverable(SubmissionKinds.DeliverableKindOf(chosen)) is not { } deliverable)
        {
            await context.SendActivityAsync(FailureReply.For(Failure.NotFound(FailureCodes.DeliverableNotFound, ("deliverable", chosen.ToString())), locale), cancellationToken);
            return;
        }

        string? targetId = null, targetName = null;
        if (SubmissionKinds.NeedsTarget(chosen))
        {
            var target = MentionedParticipant.Find(context.Activity, found.Meeting, rest, out var typed);
            if (target is null)
            {
                if (typed.Length == 0)
                {
                    var name = MarkdownEscape.Text(deliverable.Name.In(locale == UserLocale.En ? "en" : "zh-CN"));
                    await TargetChoice.SendAsync(context, found, l => l.DeliverableId == deliverable.Id && l.Progress is Progress.NotStarted or Progress.Draft or Progress.Returned, SubmissionTexts.NothingOwed, name, locale, time.GetUtcNow(), cancellationToken);
                    return;
                }

                await context.SendActivityAsync(SubmissionTexts.TargetUnknown.In(locale, typed), cancellationToken);
                return;
            }

            (targetId, targetName) = (target.UserId, target.Name);
        }

        var request = new SubmissionRequest(found.Meeting.Id, chosen, deliverable.Id, targetId, targetName);
        var existing = chosen == SubmissionKind.Talk ? null : await store.GetAsync(found, request, cancellationToken);
        if (Refusal(found, request, deliverable, existing) is { } refused)
        {
            await context.SendActivityAsync(FailureReply.For(refused, locale), cancellationToken);
            return;
        }

        var state = new SubmissionFlowState(request, 0, [], null);
        if (!resume && rest.Length > 0 && _forms.TryGetValue(chosen, out var form) && form.Inline(rest) is { Count: > 0 } inline)
        {
            // The short text path (提交 出席 参加): the answers come with the command, so the flow opens at the next
            // question or, with all of them, at the read-back.
            var today = store.Today(found.Meeting);
            if (inline.Select((answer, step) => form.Invalid(step, answer, today)).FirstOrDefault(i => i is not null) is { } invalid)
            {
                await context.SendActivityAsync(invalid.In(locale), cancellationToken);
                return;
            }

            var all = inline.Count >= form.Questions(found.Template, null, locale).Count;
            state = new SubmissionFlowState(request, inline.Count, inline, all ? form.Build(inline, found, deliverable, today) : null);
        }

        if (resume)
        {
            if (existing?.Draft is not { } draft)
            {
                await context.SendActivityAsync(SubmissionTexts.NoDraft.In(locale, SubmissionDialog.ResumeArgument(request, locale)), cancellationToken);
                return;
            }

            // A resumed draft opens at the read-back: submit it, edit it, or keep it.
            state = SubmissionFlowState.AtReview(request, draft);
        }

        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await GoPrivateAsync(turn, state, resume, cancellationToken);
            return;
        }

        await turn.Dialogs.BeginDialogAsync(SubmissionDialog.DialogId, state, cancellationToken);
    }

    /// <summary>"继续" alone: the argument for the member's one draft, if there is exactly one.</summary>
    private async Task<string?> OnlyDraftAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var (found, _) = await lookup.ParticipantAsync(turn.Context, null, cancellationToken);
        if (found is null || await repository.GetDossierAsync(turn.UnitOfWork, found.Meeting.Id, cancellationToken) is not { } dossier)
        {
            return null;
        }

        var drafts = dossier.Submissions.Where(s => s.AuthorId == found.Actor.UserId && s.Draft is not null).ToList();
        if (drafts.Count != 1 || SubmissionKinds.FromDeliverableKind(drafts[0].Kind) is not { } kind)
        {
            return null;
        }

        var target = drafts[0].TargetId is { } id ? " @" + found.Meeting.NameOf(id) : string.Empty;
        return SubmissionKinds.Word(kind, turn.Locale) + target;
    }

    /// <summary>The domain's own checks, run on an empty content before any question is asked.</summary>
    private Failure? Refusal(MeetingInTurn found, SubmissionRequest request, DeliverableDefinition deliverable, Coordination.Submissions.Submission? existing)
    {
        var now = time.GetUtcNow();
        if (request.Kind == SubmissionKind.Talk)
        {
            var probe = new TalkNotes(DateOnly.FromDateTime(now.UtcDateTime), "-", "-", "-", true);
            var record = new RecordTalk(0, request.TargetId!, probe).Decide(found.Meeting, found.Template, null, found.Actor, now);
            return record.IsSuccess ? null : record.Failure;
        }

        var empty = _forms[request.Kind].Build([], found, deliverable, store.Today(found.Meeting));
        var draft = new Coordination.Submissions.SaveDraft(existing?.Version ?? 0, deliverable.Id, request.TargetId, empty)
            .Decide(found.Meeting, found.Template, existing, found.Actor, now);
        return draft.IsSuccess ? null : draft.Failure;
    }

    private async Task GoPrivateAsync(CommandTurn turn, SubmissionFlowState state, bool resume, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        var request = state.Request;
        var command = (resume ? (locale == UserLocale.En ? "resume " : "继续 ") : (locale == UserLocale.En ? "submit " : "提交 "))
            + SubmissionDialog.ResumeArgument(request, locale);
        await context.SendActivityAsync(SubmissionTexts.GoPrivate.In(locale), cancellationToken);
        var outcome = await personal.RunAsync(context, async (privateTurn, ct) =>
        {
            if (!await privateStart.BeginAsync(privateTurn, SubmissionDialog.DialogId, state, ct))
            {
                await privateTurn.SendActivityAsync(SubmissionTexts.StartHere.In(locale, command), ct);
            }
        }, cancellationToken);
        if (outcome == PersonalConversationOutcome.Unavailable)
        {
            await context.SendActivityAsync(SubmissionTexts.OpenPrivateChat.In(locale, command), cancellationToken);
        }
    }
}
