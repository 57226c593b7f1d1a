using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// The command that opens the form for one open task, exactly as the person would type it (<c>提交 学习</c>,
/// <c>提交 提纲 张伟</c>, <c>确认谈话 王建国</c>): shown as a line to copy and, where cards render, as a button.
/// </summary>
public static class TaskNextStep
{
    public static string? For(ObligationLine line, ProcessTemplate template, UserLocale locale)
    {
        if (template.FindDeliverable(line.DeliverableId) is not { } deliverable)
        {
            return null;
        }

        if (deliverable.Kind == DeliverableKind.TalkRecord && line.AwaitsThisPerson && line.WithName is { } recordedBy)
        {
            // The other party recorded the talk: what is left is to confirm it.
            return $"{TalkAnswerCommand.Confirm.Primary(locale)} {recordedBy}";
        }

        if (deliverable.Kind == DeliverableKind.CollectiveMaterial)
        {
            return locale == UserLocale.En ? "collective material" : "集体材料";
        }

        if (SubmissionKinds.FromDeliverableKind(deliverable.Kind) is not { } kind)
        {
            return null;
        }

        var command = $"{SubmitCommand.Definition.Primary(locale)} {SubmissionKinds.Word(kind, locale)}";
        return SubmissionKinds.NeedsTarget(kind) && line.WithName is { } with ? $"{command} {with}" : command;
    }
}
