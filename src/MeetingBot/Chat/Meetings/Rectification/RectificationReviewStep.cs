using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>
/// <c>整改 回头看</c>: the secretary of the next meeting starts its review from the previous meeting's tasks
/// (<see cref="RectificationCarryOver"/>), saved as the draft of the rectification-review deliverable; <c>整改 回头看 2
/// 整改中 说明</c> re-marks one task (已完成 / 整改中 / 未完成) with its evidence; <c>继续 回头看</c> reads it back and submits.
/// The previous meeting is found among the meetings this chat knows, read only for this command.
/// </summary>
public sealed class RectificationReviewStep(MeetingDirectory directory, MeetingRepository repository, SubmissionUpdates store)
{
    private static readonly RectificationReviewForm Form = new();

    public async Task<string> ReviewAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var locale = turn.Locale;
        if (found.Template.FindDeliverable(DeliverableKind.RectificationReview) is not { } deliverable)
        {
            return TaskManagementTexts.NoReviewInTemplate.In(locale);
        }

        if (Access.AsSecretary(found.Meeting, found.Actor) is { } refusal)
        {
            return FailureReply.For(refusal, locale);
        }

        // The review carries each task's evidence, which the board and the group never show.
        if (!PersonalConversations.IsPersonal(turn.Context.Activity.Conversation))
        {
            return TaskManagementTexts.ReviewOnlyPrivately.In(locale);
        }

        var request = new SubmissionRequest(found.Meeting.Id, SubmissionKind.RectificationReview, deliverable.Id, null, null);
        var (number, text) = TaskManagementSteps.NumberAndText(rest);
        return rest.Trim().Length == 0
            ? await StartAsync(turn, found, request, deliverable, cancellationToken)
            : number is null ? TaskManagementTexts.ReviewUsage.In(locale) : await MarkAsync(turn, found, request, deliverable, number.Value, text, cancellationToken);
    }

    private async Task<string> StartAsync(
        CommandTurn turn, MeetingInTurn found, SubmissionRequest request, DeliverableDefinition deliverable, CancellationToken cancellationToken)
    {
        var candidates = new List<Meeting>();
        foreach (var id in (await directory.ForTurnAsync(turn.Context, cancellationToken)).Where(id => id != found.Meeting.Id).Distinct(StringComparer.Ordinal))
        {
            if (await repository.GetMeetingAsync(turn.UnitOfWork, id, cancellationToken) is { } meeting)
            {
                candidates.Add(meeting);
            }
        }

        if (PreviousMeeting.Of(found.Meeting, candidates) is not { } previous)
        {
            return TaskManagementTexts.NoPreviousMeeting.In(turn.Locale);
        }

        var list = (await repository.GetDossierAsync(turn.UnitOfWork, previous.Id, cancellationToken))?.Rectification;
        var review = RectificationCarryOver.ReviewOf(previous, list);
        var saved = await store.SaveDraftAsync(found, request, review, cancellationToken);
        return saved.IsSuccess
            ? TaskManagementTexts.ReviewDrafted.In(turn.Locale, MarkdownEscape.Text(previous.Theme), review.Tasks.Count, Form.Summary(review, found.Template, turn.Locale))
            : FailureReply.For(saved.Failure, turn.Locale);
    }

    private async Task<string> MarkAsync(CommandTurn turn, MeetingInTurn found, SubmissionRequest request,
        DeliverableDefinition deliverable, int number, string? text, CancellationToken cancellationToken)
    {
        var words = text?.Split([' ', '\u3000', '，', ','], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (words.Length == 0)
        {
            return TaskManagementTexts.ReviewUsage.In(turn.Locale);
        }

        if ((await store.GetAsync(found, request, cancellationToken))?.Draft is not RectificationReview draft || draft.NoPreviousTasks)
        {
            return TaskManagementTexts.NoReviewDraft.In(turn.Locale);
        }

        if (number < 1 || number > draft.Tasks.Count)
        {
            return TaskManagementTexts.ReviewNumberInvalid.In(turn.Locale, draft.Tasks.Count);
        }

        var mark = RectificationReviewForm.Mark(words[0]);
        var task = draft.Tasks[number - 1];
        var marked = task with { Completed = mark == CarriedOverProgress.Done, Progress = mark, Note = words.Length > 1 ? words[1] : task.Note };
        var review = draft with { Tasks = [.. draft.Tasks.Select((t, i) => i == number - 1 ? marked : t)] };
        var saved = await store.SaveDraftAsync(found, request, review, cancellationToken);
        return saved.IsSuccess
            ? TaskManagementTexts.ReviewMarked.In(turn.Locale, number, RectificationReviewForm.MarkText(mark).In(turn.Locale))
            : FailureReply.For(saved.Failure, turn.Locale);
    }
}
