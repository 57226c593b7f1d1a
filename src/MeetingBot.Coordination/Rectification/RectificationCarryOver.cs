using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The previous meeting's tasks as the next meeting's review (回头看) content: every task with its owner, done or
/// not, and the latest progress or evidence. The secretary hands it in as the rectification-review deliverable,
/// which the readiness rule of the next meeting already requires; open tasks show as not completed.
/// </summary>
public static class RectificationCarryOver
{
    public static RectificationReview ReviewOf(Meeting previous, RectificationList? list)
    {
        if (list is null || list.Tasks.Count == 0)
        {
            return new RectificationReview([], NoPreviousTasks: true);
        }

        return new RectificationReview(
            [.. list.Tasks.Select(t => new CarriedOverTask($"{t.Problem}：{t.Measure}", previous.NameOf(t.OwnerId), t.State == RectificationTaskState.Done,
                t.Evidence ?? (t.Updates.Count == 0 ? null : t.Updates[^1].Note)))],
            NoPreviousTasks: false);
    }
}
