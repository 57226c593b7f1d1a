using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The previous meeting's tasks as the next meeting's review (回头看) content: every task still on the list with its
/// owner, marked done (accepted), in progress (progress reported, or done and waiting for acceptance) or not done,
/// with the evidence or the latest progress. The secretary hands it in as the rectification-review deliverable,
/// which the readiness rule of the next meeting already requires.
/// </summary>
public static class RectificationCarryOver
{
    public static RectificationReview ReviewOf(Meeting previous, RectificationList? list)
    {
        if (list is null || list.Tasks.Count == 0)
        {
            return new RectificationReview([], NoPreviousTasks: true);
        }

        return new RectificationReview([.. list.Tasks.Select(t => Carried(previous, t))], NoPreviousTasks: false);
    }

    private static CarriedOverTask Carried(Meeting previous, RectificationTask task)
    {
        var progress = task.State switch
        {
            RectificationTaskState.Done => CarriedOverProgress.Done,
            RectificationTaskState.Open => CarriedOverProgress.NotDone,
            _ => CarriedOverProgress.InProgress,
        };
        var evidence = task.Evidence ?? task.Completion?.Evidence ?? task.Completion?.EvidenceDocument?.FileName
            ?? task.Updates.LastOrDefault(u => u.Note is not null)?.Note;
        return new CarriedOverTask($"{task.Problem}：{task.Measure}", previous.NameOf(task.OwnerId), progress == CarriedOverProgress.Done, evidence, progress);
    }
}
