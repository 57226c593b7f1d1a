using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>
/// An owner's <c>整改 完成 3 佐证</c> (text, a file sent with it, or both) goes to the secretary and the lead for
/// acceptance (验收), each told 1:1; <c>整改 验收 3</c> closes it and <c>整改 退回 3 理由</c> puts it back in progress,
/// the owner told 1:1 either way.
/// </summary>
public sealed class AcceptanceSteps(TaskManagementSteps steps, MaterialUpload upload, PersonalNotices notices)
{
    public async Task<string> ReportDoneAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var (number, evidence) = TaskManagementSteps.NumberAndText(rest);
        if (number is null)
        {
            return RectificationTexts.NumberInvalid.In(turn.Locale);
        }

        var meeting = found.Meeting;
        var (document, refusal) = await upload.ReadDocumentAsync(turn.Context.Activity, $"{DocumentKeys.Of(DocumentId.Rectification(meeting.Id))}/task-{number}/evidence", turn.Locale, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var outcome = await steps.UpdateAsync(found, stored => new UpdateRectificationTask(stored?.Version ?? 0, number.Value, true, null, evidence, document), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return FailureReply.For(outcome.Failure, turn.Locale);
        }

        var task = outcome.Value.Find(number.Value)!;
        var completion = task.Completion!;
        var acceptors = meeting.With(Role.Secretary).Concat(meeting.With(Role.Lead)).Select(p => p.UserId).Where(id => id != task.OwnerId).Distinct();
        foreach (var acceptor in acceptors)
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.RectificationAssigned, $"task-{task.Number}-done", outcome.Value.Version, acceptor);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(TaskManagementSteps.ChannelOf(turn), acceptor, key, l => TaskManagementTexts.AcceptanceRequest.In(l,
                task.Number, MarkdownEscape.Text(meeting.NameOf(task.OwnerId)), MarkdownEscape.Text(task.Measure), Evidence(completion, l))), cancellationToken);
        }

        return TaskManagementTexts.ReportedDone.In(turn.Locale, number.Value);
    }

    public async Task<string> DecideAsync(CommandTurn turn, MeetingInTurn found, string rest, bool accepted, CancellationToken cancellationToken)
    {
        var (number, reason) = TaskManagementSteps.NumberAndText(rest);
        if (number is null)
        {
            return (accepted ? RectificationTexts.NumberInvalid : TaskManagementTexts.SendBackUsage).In(turn.Locale);
        }

        var outcome = await steps.UpdateAsync(found, stored => new AcceptRectificationTask(stored?.Version ?? 0, number.Value, accepted, reason), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return FailureReply.For(outcome.Failure, turn.Locale);
        }

        var task = outcome.Value.Find(number.Value)!;
        var key = NoticeKeys.For(found.Meeting.Id, NoticeKeys.RectificationAssigned, $"task-{task.Number}-{(accepted ? "accepted" : "sent-back")}", outcome.Value.Version, task.OwnerId);
        await notices.SendAsync(turn.Context, PersonalNotice.Text(TaskManagementSteps.ChannelOf(turn), task.OwnerId, key, l => accepted
            ? TaskManagementTexts.AcceptedNotice.In(l, task.Number)
            : TaskManagementTexts.SentBackNotice.In(l, task.Number, MarkdownEscape.Text(reason!))), cancellationToken);
        return (accepted ? TaskManagementTexts.Accepted : TaskManagementTexts.SentBack).In(turn.Locale, number.Value);
    }

    /// <summary>The evidence as the acceptor reads it: the text, the file's name, or both.</summary>
    public static string Evidence(TaskUpdate completion, UserLocale locale)
    {
        var file = completion.EvidenceDocument is { } document ? TaskManagementTexts.EvidenceFile.In(locale, MarkdownEscape.Text(document.FileName)) : null;
        return string.Join(locale == UserLocale.En ? "; " : "；", new[] { completion.Evidence is { } text ? MarkdownEscape.Text(text) : null, file }.OfType<string>());
    }
}
